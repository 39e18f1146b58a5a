package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.audit.AuditVerifier;
import org.branchledger.core.i18n.Messages;
import org.branchledger.ledger.LedgerService;

/**
 * {@code verify FILE.pdf}: 一致 (exit 0), or what changed since it was printed (exit 5).
 * {@code verify} with no file: the database against its hash-chained audit trail (exit 0 or 5).
 */
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
            AuditVerifier.Result r = app.auditLog().verify();
            if (r.intact()) {
                out.println(Messages.get("auditlog.verify.intact", String.valueOf(r.entries())));
                r.notes().forEach(out::println);
                return ExitCode.DONE;
            }
            out.println(Messages.get("auditlog.verify.broken"));
            r.problems().forEach(out::println);
            r.notes().forEach(out::println);
            return ExitCode.CHANGED;
        }
        LedgerService.Verification v = app.ledgers().verify(Path.of(args.positionals().get(0)));
        out.println(v.consistent() ? "一致" : "不一致");
        v.lines().forEach(out::println);
        return v.consistent() ? ExitCode.DONE : ExitCode.CHANGED;
    }
}
