package org.branchledger.township;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchService;
import org.branchledger.ledger.Align;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.Signatures;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterCounts;
import org.branchledger.roster.RosterExport;
import org.branchledger.roster.RosterLedger;
import org.branchledger.roster.RosterService;

/**
 * 党员信息汇总表(全部支部): every branch's current members in one table, 所在党支部 filled, branch after branch
 * by name. As PDF the 花名册's columns (ID numbers masked unless asked); as .xlsx the national 汇总表 with full ID
 * numbers, ready to hand upward.
 */
public final class TownshipRosterLedger implements LedgerKind {
    private static final String TITLE = "党员信息汇总表(全部支部)";
    /** Branch names up to eight characters stay on one line; longer ones wrap at that width. */
    static final float BRANCH_EMS = 8f;

    private final BranchService branches;
    private final RosterService roster;

    public TownshipRosterLedger(BranchService branches, RosterService roster) {
        this.branches = branches;
        this.roster = roster;
    }

    @Override
    public String name() {
        return "township-roster";
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public boolean everyBranch() {
        return true;
    }

    private Map<Branch, List<Member>> current() {
        Map<Branch, List<Member>> out = new LinkedHashMap<>();
        for (Branch b : branches.all()) {
            out.put(b, roster.members(b.id()).stream().filter(Member::current).toList());
        }
        return out;
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        List<Column> columns = new ArrayList<>(RosterLedger.columns());
        // Wide enough for a name such as 红旗村第一党支部 on one line; the weights alone could not give it that,
        // for the roster's other columns take nearly all the width at their least (TableLayout.columnWidths).
        columns.add(1, new Column("所在党支部", 3.0f, Align.LEFT, BRANCH_EMS));
        List<List<String>> rows = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        List<Member> everyone = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Branch, List<Member>> e : current().entrySet()) {
            for (Member m : e.getValue()) {
                List<String> row = new ArrayList<>(RosterLedger.printedRow(++n, m, request.fullIds()));
                row.add(1, e.getKey().name());
                rows.add(row);
            }
            RosterCounts c = RosterCounts.of(e.getValue());
            counts.add(e.getKey().name() + " " + c.current() + " 人(正式 " + c.full() + "，预备 " + c.probationary() + ")");
            everyone.addAll(e.getValue());
        }
        RosterCounts all = RosterCounts.of(everyone);
        List<Section> sections = List.of(new TableSection(null, columns, rows), new TextSection(List.of(
                "合计 " + counts.size() + " 个支部 " + all.current() + " 人: 正式党员 " + all.full() + " 人，预备党员 "
                        + all.probationary() + " 人；其中流动党员 " + all.floating() + " 人，失联党员 " + all.lostContact()
                        + " 人(均在册，计入总数)。", String.join("；", counts) + "。")));
        return new LedgerDocument(TITLE, "全部支部(" + counts.size() + " 个)", LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null, Signatures.TOWNSHIP);
    }

    @Override
    public boolean writeOwnXlsx(LedgerRequest request, OutputStream out) throws IOException {
        RosterExport.write(TITLE, current(), out);
        return true;
    }
}
