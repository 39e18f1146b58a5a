package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.safety.BackupArchive;
import org.branchledger.safety.Backups;

/**
 * {@code restore FILE}: checks the backup completely, keeps the current data as a backup, then replaces
 * it. A corrupt, foreign or newer backup is refused with exit 2 and nothing replaced.
 */
final class RestoreCommand implements Command {
    private final Passwords passwords;

    RestoreCommand(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of();
    }

    @Override
    public int maxPositionals() {
        return 1;
    }

    /**
     * The folder's own database cannot be opened (a damaged file): restores without it, keeping the
     * unreadable files as they are. Only for folders without a password, or whose password was right.
     */
    ExitCode rescue(DataFolder folder, CommandArgs args, PrintStream out) throws Exception {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("cli.error.fileRequired", name()));
        }
        Path file = Path.of(args.positionals().get(0));
        char[] password = BackupArchive.encrypted(file) ? passwords.forBackup(file) : null;
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            Backups.Restored r = Backups.rescue(folder, file, password, App.clock());
            out.println(Messages.get("backup.rescued", file.getFileName(),
                    r.manifest().created().toString().replace('T', ' '), String.valueOf(r.manifest().members()),
                    r.replacedDataKeptIn().toAbsolutePath()));
            return ExitCode.DONE;
        }
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("cli.error.fileRequired", name()));
        }
        Path file = Path.of(args.positionals().get(0));
        char[] password = BackupArchive.encrypted(file) ? passwords.forBackup(file) : null;
        try {
            Backups.Restored r = app.backups().restore(file, password, Progress.NONE);
            String created = r.manifest().created().toString().replace('T', ' ');
            out.println(r.replacedDataKeptIn() == null
                    ? Messages.get("backup.restoredServer", file.getFileName(), created, String.valueOf(r.manifest().members()))
                    : Messages.get("backup.restored", file.getFileName(), created, String.valueOf(r.manifest().members()),
                    r.replacedDataKeptIn().toAbsolutePath()));
            return ExitCode.DONE;
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
