package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.pledge.PledgeView;

/** {@code pledges --year YYYY}: per pledge, who, what, by when, and its status as of today. */
final class PledgesCommand implements Command {
    private static final List<String> COLUMNS = List.of("承诺主体", "姓名", "类别", "承诺内容", "完成时限", "状态");

    @Override
    public String name() {
        return "pledges";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--year", "--branch", "--format");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        OutputFormat format = args.format();
        int year = args.intValue("--year", LocalDate.now().getYear(), 2000, 2100);
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        TableOutput table = new TableOutput(COLUMNS);
        for (PledgeView v : app.pledges().views(branch.id(), year)) {
            table.add(List.of(v.subject(), v.name(), v.pledge().category().label(), v.pledge().content(),
                    v.pledge().deadline() == null ? "" : v.pledge().deadline().toString(), v.status().label()));
        }
        table.print(format, out);
        return ExitCode.DONE;
    }
}
