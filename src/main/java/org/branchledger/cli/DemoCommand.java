package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.i18n.Messages;
import org.branchledger.demo.DemoResult;

/** {@code demo}: fills the data folder with a realistic synthetic branch. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--members", "--sessions", "--year", "--branch");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        int members = args.intValue("--members", 36, 1, 100_000);
        int year = args.intValue("--year", LocalDate.now().getYear(), 2000, 2100);
        if (args.value("--sessions").isPresent()) {
            err.println(Messages.get("cli.demo.sessionsLater"));
        }
        String name = args.value("--branch").orElse(Messages.get("demo.branchName"));
        DemoResult result = app.demo().create(name, members, year);
        out.println(Messages.get("cli.demo.done", result.branch().name(), result.members()));
        return ExitCode.DONE;
    }
}
