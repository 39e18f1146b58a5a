package org.branchledger.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.safety.BackupManifest;
import org.branchledger.safety.Backups;

/**
 * {@code backup --out FILE}: a consistent copy of the whole data folder written to exactly FILE (so that
 * {@code restore FILE} finds it); {@code --out DIR/} or an existing folder: a dated file inside it. With
 * {@code --portable}, or on a server, the rows of every table instead of the database file (issue 21).
 */
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
    public Set<String> flagOptions() {
        return Set.of("--portable");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        String target = args.value("--out").orElseThrow(() ->
                UserError.badInput(Messages.get("cli.error.missingValue", "--out")));
        if (target.isBlank()) {
            throw UserError.badInput(Messages.get("cli.error.missingValue", "--out"));
        }
        Path file = target(target, LocalDateTime.now(app.todayClock()));
        try {
            BackupManifest m = args.flag("--portable") ? app.backups().createRows(file)
                    : app.backups().create(file, Progress.NONE);
            out.println(Messages.get("backup.done", file.toAbsolutePath(), String.valueOf(m.members()),
                    String.valueOf(m.auditEntries()), Messages.get(m.encrypted() ? "backup.encrypted" : "backup.plain")));
            return ExitCode.DONE;
        } catch (java.io.IOException e) {
            throw UserError.badInput(Messages.get("backup.error.write", file, e.getMessage()));
        }
    }

    /** Exactly the file named; a dated file inside a folder (an existing one, or a path ending in a separator). */
    static Path target(String out, LocalDateTime now) {
        Path path = Path.of(out);
        boolean folder = out.endsWith("/") || out.endsWith(File.separator) || Files.isDirectory(path);
        return folder ? Backups.datedFileIn(path, now) : path;
    }
}
