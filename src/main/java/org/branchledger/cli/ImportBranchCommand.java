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
        return 1;
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("township.receive.error.noFile"));
        }
        Path file = Path.of(args.positionals().get(0));
        char[] password = PackageReceiving.needsPassword(file) ? passwords.forPackage(file) : null;
        Receipt r;
        try {
            r = app.township().receiving().receive(file, password);
        } catch (IOException e) {
            throw UserError.badInput(Messages.get("township.package.error.unreadable", file.getFileName(), e.getMessage()));
        }
        org.branchledger.township.ReceiptText.lines(r).forEach(out::println);
        return ExitCode.DONE;
    }
}
