package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.notes.MemberNotes;

/** {@code notes --year YYYY}: per current member, notes and essays written, counted, required, 达标. */
final class NotesCommand implements Command {
    private static final List<String> COLUMNS = List.of("姓名", "公民身份号码", "笔记篇数", "心得篇数", "计入心得篇数",
            "要求心得篇数", "达标", "待批改篇数");

    @Override
    public String name() {
        return "notes";
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
        for (MemberNotes n : app.notes().standings(branch.id(), year)) {
            table.add(List.of(n.member().name(), n.member().idNumber(), n.notes(), n.essays(),
                    n.standing().counted(), n.standing().required(), n.standing().compliance().label(),
                    n.awaitingReview()));
        }
        table.print(format, out);
        return ExitCode.DONE;
    }
}
