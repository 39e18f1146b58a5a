package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.ledger.LedgerService;

/** {@code verify FILE.pdf}: 一致 (exit 0), or what changed since it was printed (exit 5). */
final class VerifyCommand implements Command {

    @Override
    public String name() {
        return "verify";
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
            throw UserError.badInput(Messages.get("cli.error.fileRequired", name()));
        }
        LedgerService.Verification v = app.ledgers().verify(Path.of(args.positionals().get(0)));
        out.println(v.consistent() ? "一致" : "不一致");
        v.lines().forEach(out::println);
        return v.consistent() ? ExitCode.DONE : ExitCode.CHANGED;
    }
}
