package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.study.Hours;
import org.branchledger.study.MemberHours;

/** {@code hours --year YYYY}: per current member, 集中学时, 自学学时, 总学时, 要求学时, 达标. */
final class HoursCommand implements Command {
    private static final List<String> COLUMNS = List.of("姓名", "公民身份号码", "集中学时", "自学学时", "总学时", "要求学时", "达标");

    @Override
    public String name() {
        return "hours";
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
        for (MemberHours h : app.study().hours(branch.id(), year, false)) {
            table.add(List.of(h.member().name(), h.member().idNumber(), Hours.format(h.standing().centralised()),
                    Hours.format(h.standing().self()), Hours.format(h.standing().total()),
                    Hours.format(h.standing().required()), TableOutput.yesNo(h.standing().compliant())));
        }
        table.print(format, out);
        return ExitCode.DONE;
    }
}
