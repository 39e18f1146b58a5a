package org.branchledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.township.PackageReceiving;
import org.branchledger.township.Receipt;

/**
 * {@code import-branch FILE.blpkg}: receives a branch's package into the township's data (接收数据包) and prints
 * what changed since the package held before. A package's password comes from BRANCH_LEDGER_PACKAGE_PASSWORD, the
 * console or standard input.
 */
final class ImportBranchCommand implements Command {
    private final Passwords passwords;

    ImportBranchCommand(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "import-branch";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of();
    }

    @Override
    public int maxPositionals() {
        return Integer.MAX_VALUE;
    }

    /**
     * Receives each package named, in turn, each in its own transaction (many in one run: the program starts
     * once). A refused package is named on standard error and the others are still received; then exit 2.
     */
    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("township.receive.error.noFile"));
        }
        if (args.positionals().size() == 1) {
            receive(app, Path.of(args.positionals().get(0)), out);
            return ExitCode.DONE;
        }
        int refused = 0;
        for (String name : args.positionals()) {
            try {
                receive(app, Path.of(name), out);
            } catch (UserError e) {
                err.println(e.getMessage());
                refused++;
            }
        }
        out.println(Messages.get("township.receive.many", args.positionals().size() - refused, refused));
        if (refused > 0) {
            throw UserError.badInput(Messages.get("township.receive.manyRefused", refused));
        }
        return ExitCode.DONE;
    }

    private void receive(App app, Path file, PrintStream out) {
        char[] password = PackageReceiving.needsPassword(file) ? passwords.forPackage(file) : null;
        Receipt r;
        try {
            r = app.township().receiving().receive(file, password);
        } catch (IOException e) {
            throw UserError.badInput(Messages.get("township.package.error.unreadable", file.getFileName(), e.getMessage()));
        }
        org.branchledger.township.ReceiptText.lines(r).forEach(out::println);
    }
}
