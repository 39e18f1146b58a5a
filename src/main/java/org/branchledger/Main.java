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
        // PDFBox logs through commons-logging, which would look for Log4j's API, find it routed to SLF4J and
        // go there (some 120 classes loaded at every print's start) only to reach slf4j-nop: log nowhere at once.
        String logging = "org.apache.commons.logging.";
        if (System.getProperty(logging + "LogFactory") == null) {
            System.setProperty(logging + "LogFactory", logging + "impl.LogFactoryImpl");
            System.setProperty(logging + "Log", logging + "impl.NoOpLog");
        }
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
