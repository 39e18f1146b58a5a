package org.branchledger.township;

import java.util.ArrayList;
import java.util.List;
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

/**
 * 各支部工作情况一览表: the overview of every branch as a signed ledger (the township's), with a 合计 line. Judged on
 * the request's day, so {@code verify} rebuilds it as it was printed.
 */
public final class TownshipOverviewLedger implements LedgerKind {
    private static final List<Column> COLUMNS = List.of(new Column("序号", 0.8f, Align.CENTER),
            new Column("支部名称", 3.4f, Align.LEFT, TownshipRosterLedger.BRANCH_EMS), new Column("来源", 1.0f, Align.CENTER),
            new Column("正式党员", 1.1f, Align.CENTER), new Column("预备党员", 1.1f, Align.CENTER),
            new Column("流动党员", 1.1f, Align.CENTER), new Column("学时达标", 1.4f, Align.CENTER),
            new Column("三会一课缺项", 1.5f, Align.CENTER), new Column("逾期承诺", 1.2f, Align.CENTER),
            new Column("待批改笔记", 1.3f, Align.CENTER), new Column("民主评议", 1.2f, Align.CENTER),
            new Column("上报日期", 2.4f, Align.CENTER));

    private final OverviewService overview;

    public TownshipOverviewLedger(OverviewService overview) {
        this.overview = overview;
    }

    @Override
    public String name() {
        return "township-overview";
    }

    @Override
    public String title() {
        return "各支部工作情况一览表";
    }

    @Override
    public boolean everyBranch() {
        return true;
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        Overview o = overview.overview(request.year(), request.asOf());
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (OverviewRow r : o.rows()) {
            rows.add(row(String.valueOf(++n), r));
        }
        rows.add(row("", o.total()));
        List<Section> sections = List.of(new TableSection(null, COLUMNS, rows), new TextSection(List.of(
                "学时达标: 达到年度学时要求的人数/当前党员人数。流动党员已计入正式党员、预备党员。三会一课缺项: 本年已过去的月份、季度中"
                        + "应开未开的会议。民主评议: 每名正式党员都已评定等次为“完成”。",
                "来源“上报”为乡镇接收的支部数据包，上报日期为数据包的制作日期；注“超过一季度”的，数据包已超过三个月未更新。")));
        return new LedgerDocument(title(), "全部支部(" + o.rows().size() + " 个)", LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null, Signatures.TOWNSHIP);
    }

    private static List<String> row(String number, OverviewRow r) {
        String reported = r.reportedAt() == null ? "" : r.reportedAt().toLocalDate().toString()
                + (r.stale() ? "(超过一季度)" : "");
        String source = number.isEmpty() ? "" : r.received() ? "上报" : "本机";
        return List.of(number, r.branch(), source, String.valueOf(r.full()), String.valueOf(r.probationary()),
                String.valueOf(r.floating()), r.compliant() + "/" + r.counted(), String.valueOf(r.gaps()),
                String.valueOf(r.overdue()), String.valueOf(r.notesWaiting()), r.appraisalDone() ? "完成" : "未完成",
                reported);
    }
}
