package org.branchledger.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.ledger.Align;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;

/**
 * 党员花名册 (DOMAIN.md §6): every current member, 流动 and 失联 included and noted, counts by type at
 * the foot. ID numbers and phones are masked unless the secretary asks for full ones. As .xlsx it is
 * the national 汇总表 with full ID numbers, for reporting upward.
 */
public final class RosterLedger implements LedgerKind {
    private static final List<Column> COLUMNS = List.of(
            new Column("序号", 0.9f, Align.CENTER), new Column("姓名", 1.6f, Align.LEFT),
            new Column("性别", 0.9f, Align.CENTER), new Column("民族", 1.1f, Align.CENTER),
            new Column("出生年月", 1.5f, Align.CENTER), new Column("学历", 1.4f, Align.CENTER),
            new Column("入党时间", 1.6f, Align.CENTER), new Column("转正时间", 1.6f, Align.CENTER),
            new Column("党员类型", 1.5f, Align.CENTER), new Column("人员类别", 1.7f, Align.LEFT),
            new Column("工作岗位", 2.0f, Align.LEFT), new Column("联系电话", 2.0f, Align.CENTER),
            new Column("公民身份号码", 3.2f, Align.CENTER), new Column("备注", 2.6f, Align.LEFT));

    private final RosterService roster;

    public RosterLedger(RosterService roster) {
        this.roster = roster;
    }

    @Override
    public String name() {
        return "roster";
    }

    @Override
    public String title() {
        return "党员花名册";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        List<Member> current = roster.members(request.branch().id()).stream().filter(Member::current).toList();
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Member m : current) {
            rows.add(printedRow(++n, m, request.fullIds()));
        }
        RosterCounts c = RosterCounts.of(current);
        List<Section> sections = List.of(new TableSection(null, COLUMNS, rows), new TextSection(List.of(
                "合计 " + c.current() + " 人：正式党员 " + c.full() + " 人，预备党员 " + c.probationary() + " 人；其中流动党员 "
                        + c.floating() + " 人，失联党员 " + c.lostContact() + " 人(均在册，计入总数)。")));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }

    /** A member's row as the 花名册 prints it (序号 {@code n}; ID number and phone masked unless {@code fullIds}). */
    public static List<String> printedRow(int n, Member m, boolean fullIds) {
        return Arrays.asList(String.valueOf(n), m.name(), m.gender(), m.ethnicity(), month(m.birthDate()),
                m.education(), month(m.joinedOn()), month(m.fullMemberOn()), m.type().label(), m.category(),
                m.job(), phone(m, fullIds), id(m, fullIds), remark(m));
    }

    /** The printed columns, 序号 first. */
    public static List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public boolean writeOwnXlsx(LedgerRequest request, OutputStream out) throws IOException {
        RosterExport.write(request.branch(), roster.members(request.branch().id()), out);
        return true;
    }

    private static String month(PartialDate d) {
        return d == null ? "" : d.year() + "." + (d.month() < 10 ? "0" : "") + d.month();
    }

    private static String id(Member m, boolean full) {
        if (full) {
            return m.idNumber();
        }
        return m.idNumber().substring(0, 6) + "********" + m.idNumber().substring(14);
    }

    static String phone(Member m, boolean full) {
        String p = m.mobile() != null ? m.mobile() : m.landline();
        if (p == null || full || p.length() < 8) {
            return p;
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }

    private static String remark(Member m) {
        List<String> notes = new ArrayList<>();
        boolean remarkSaysFloating = m.remark() != null && m.remark().contains("流动");
        if (m.floating() && !remarkSaysFloating) {
            notes.add("流动党员" + (m.floatingTo() == null ? "" : "（" + m.floatingTo() + "）"));
        }
        if (m.lostContact()) {
            notes.add("失联" + (m.lostContactOn() == null ? "" : "（" + m.lostContactOn().chinese() + "起）"));
        }
        if (m.committeeMember()) {
            notes.add("支部" + m.committeePost());
        }
        if ("停止党籍".equals(m.partyStatus())) {
            notes.add("停止党籍");
        }
        if (m.remark() != null && !m.remark().isBlank() && !notes.contains(m.remark())) {
            notes.add(m.remark());
        }
        return String.join("；", notes);
    }
}
