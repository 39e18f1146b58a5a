package org.branchledger;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.branchledger.cli.Cli;
import org.branchledger.shell.DesktopLauncher;
import org.branchledger.shell.OpenedBackup;

/** Entry point of the jar: a command when one is given, otherwise the window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        org.branchledger.core.StartupTrace.mark("main");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // A double-clicked backup file arrives as the only argument: open the window, not a command.
        var backup = OpenedBackup.in(args);
        Cli.Outcome outcome = new Cli(out, err).run(backup.map(OpenedBackup::otherArgs).orElse(args));
        if (outcome.exitCode().isPresent()) {
            System.exit(outcome.exitCode().get());
        }
        System.exit(DesktopLauncher.launch(outcome.windowFolder(), backup, outcome.windowServer()));
    }
}
