package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.township.Overview;
import org.branchledger.township.OverviewRow;

/**
 * {@code overview --year YYYY [--format csv|json]}: 全部支部, one row per branch. 正式 + 预备 are the current members;
 * 流动 are counted among them too. 上报日期 is empty for a branch kept here.
 */
final class OverviewCommand implements Command {
    static final List<String> COLUMNS = List.of("支部名称", "数据来源", "正式党员", "预备党员", "流动党员", "学时达标人数",
            "应达标人数", "三会一课缺项", "逾期承诺", "待批改笔记", "民主评议完成", "上报日期", "超过一季度未上报");

    @Override
    public String name() {
        return "overview";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--year", "--format");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        OutputFormat format = args.format();
        int year = args.intValue("--year", LocalDate.now(app.todayClock()).getYear(), 2000, 2100);
        Overview overview = app.township().overview().overview(year);
        TableOutput table = new TableOutput(COLUMNS);
        for (OverviewRow r : overview.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.branch(), r.received() ? "上报" : "本机", r.full(), r.probationary(),
                    r.floating(), r.compliant(), r.counted(), r.gaps(), r.overdue(), r.notesWaiting(),
                    TableOutput.yesNo(r.appraisalDone())));
            row.add(r.reportedAt() == null ? null : r.reportedAt().toLocalDate().toString());
            row.add(TableOutput.yesNo(r.stale()));
            table.add(row);
        }
        table.print(format, out);
        return ExitCode.DONE;
    }
}
