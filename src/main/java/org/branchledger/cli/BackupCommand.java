package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.safety.BackupManifest;
import org.branchledger.safety.Backups;

/** {@code backup --out FILE}: a consistent copy of the whole data folder as one .blbak file. */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--out");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        String target = args.value("--out").orElseThrow(() ->
                UserError.badInput(Messages.get("cli.error.missingValue", "--out")));
        Path file = Path.of(target);
        if (!file.getFileName().toString().toLowerCase().endsWith(Backups.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + Backups.EXTENSION);
        }
        try {
            BackupManifest m = app.backups().create(file, Progress.NONE);
            out.println(Messages.get("backup.done", file.toAbsolutePath(), String.valueOf(m.members()),
                    String.valueOf(m.auditEntries()), Messages.get(m.encrypted() ? "backup.encrypted" : "backup.plain")));
            return ExitCode.DONE;
        } catch (java.io.IOException e) {
            throw UserError.badInput(Messages.get("backup.error.write", file, e.getMessage()));
        }
    }
}
