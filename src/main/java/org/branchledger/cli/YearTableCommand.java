package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;

/**
 * The shape every per-year listing shares ({@code hours}, {@code notes}, {@code pledges}, {@code appraisal}):
 * {@code --year} (this year by default), {@code --branch}, {@code --format csv|json}, one table out.
 */
abstract class YearTableCommand implements Command {
    private final String name;
    private final List<String> columns;

    YearTableCommand(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** The year's rows of the branch, in the order they are printed. */
    abstract void addRows(App app, Branch branch, int year, TableOutput table);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> valueOptions() {
        return Set.of("--year", "--branch", "--format");
    }

    @Override
    public final ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        OutputFormat format = args.format();
        int year = args.intValue("--year", LocalDate.now(app.todayClock()).getYear(), 2000, 2100);
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        TableOutput table = new TableOutput(columns);
        addRows(app, branch, year, table);
        table.print(format, out);
        return ExitCode.DONE;
    }
}
