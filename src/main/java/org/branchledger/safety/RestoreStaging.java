package org.branchledger.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.FileJournal;
import org.branchledger.core.db.FileKey;
import org.branchledger.core.db.ScannedPages;
import org.branchledger.core.db.TableRows;
import org.branchledger.core.i18n.Messages;

/**
 * The part a restore and a rescue share before anything live is touched: which files the step may replace,
 * and the backup unpacked into the journal's staging folder, opened there and proven whole.
 */
final class RestoreStaging {
    static final String DB_FILE = "branch-ledger.mv.db";

    private RestoreStaging() {
    }

    /**
     * Every file a restore may replace, create or remove: the database, the password file, and the scanned
     * pages both in the folder now and in the backup.
     */
    static List<String> targets(Path data, BackupManifest m) throws IOException {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of(DB_FILE, PasswordFile.FILE_NAME));
        for (String part : m.parts().keySet()) {
            all.add(part.substring("data/".length()));
        }
        Path pages = data.resolve(BackupArchive.ATTACHMENTS);
        if (Files.isDirectory(pages)) {
            try (Stream<Path> s = Files.walk(pages)) {
                s.filter(Files::isRegularFile).forEach(f -> all.add(data.relativize(f).toString().replace('\\', '/')));
            }
        }
        return List.copyOf(all);
    }

    /**
     * What a backup of the rows replaces in a folder: the database file, and, when the backup holds pages, every
     * page file now here and the backup's pages as this folder keeps them ({@code key}: sealed, null: plain).
     */
    static List<String> rowsTargets(Path data, Path backup, BackupManifest m, char[] password, FileKey key)
            throws IOException {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of(DB_FILE));
        if (m.parts().containsKey(BackupArchive.ROWS_PREFIX + TableRows.PAGES_TABLE + BackupArchive.ROWS_SUFFIX)) {
            all.addAll(ScannedPages.all(data));
            for (String stored : RowsBackup.pagePaths(backup, m, password)) {
                all.add(ScannedPages.fileName(key, stored));
            }
        }
        return List.copyOf(all);
    }

    /**
     * Unpacks a checked backup into the journal's staging folder and opens it there, bringing it to this
     * program's schema. Nothing outside the staging folder is touched; any failure is a Chinese message
     * naming the backup. The password was already checked against the backup's hash, so a file that then
     * does not open is damaged, and is called so.
     *
     * @return the restored data's key (null: not encrypted)
     */
    static FileKey unpackChecked(Path backup, BackupManifest m, char[] password, FileJournal journal,
                                      Progress progress) throws Exception {
        char[] restoredPassword = m.encrypted() ? password : null;
        progress.update(1, 5);
        Path staging = journal.stagingFolder();
        BackupArchive.unpack(backup, m, restoredPassword, staging);
        progress.update(2, 5);
        // made once here (slow on purpose), for the check and for opening the restored data
        FileKey key = restoredPassword == null ? null
                : PasswordFile.read(staging.resolve(PasswordFile.FILE_NAME)).fileKey(restoredPassword);
        String wrong;
        try (Database check = Database.open(new DataFolder(staging), key)) {
            check.schemaVersion(); // opened and brought to this program's schema
            // A file whose every chunk is damaged opens as an empty database: the counts tell.
            SafetyRepository counts = new SafetyRepository();
            int found = counts.memberCount(check.dsl());
            int audit = counts.auditCount(check.dsl());
            wrong = found != m.members() || audit < m.auditEntries()
                    ? Messages.get("backup.error.countsDiffer", String.valueOf(found),
                    String.valueOf(m.members()), String.valueOf(audit), String.valueOf(m.auditEntries())) : null;
        } catch (RuntimeException e) {
            wrong = reason(e);
        }
        if (wrong != null) {
            throw UserError.badInput(Messages.get("backup.error.dbDamaged", backup.getFileName(), wrong));
        }
        return key;
    }

    /**
     * A backup of the rows made into a new H2 file in the journal's staging folder, encrypted with {@code key} (the
     * folder's own, null: none), filled and proven there ({@link RowsBackup#fill}), its pages written as files
     * beside it (sealed with {@code key}). Nothing outside the staging folder is touched.
     *
     * @return {@code key}, the restored data's
     */
    static FileKey rowsChecked(Path backup, BackupManifest m, char[] password, FileJournal journal, FileKey key)
            throws Exception {
        refuseNewer(backup, m);
        DataFolder staging = new DataFolder(journal.stagingFolder());
        try (Database made = filledForward(staging, key, backup, m, password)) {
            // the pages become files beside the new database file, as this folder keeps them; its table empty again
            ScannedPages staged = new ScannedPages(journal.stagingFolder(), () -> key);
            made.read(c -> TableRows.pagesToFiles(c, staged));
        } catch (TableRows.NotEmptyException e) {
            throw new IllegalStateException("a new database holds rows", e);
        }
        return key;
    }

    /**
     * A new H2 file in {@code folder} holding the backup's rows, proven, at this program's schema: a backup taken
     * by an older program goes into the schema it was taken from, and the migrations then carry it forward (a
     * backup must restore after an update; migrations only go forward).
     */
    private static Database filledForward(DataFolder folder, FileKey key, Path backup, BackupManifest m,
                                          char[] password) throws Exception {
        boolean older = m.schemaVersion() < Database.latestSchema();
        Database made = older ? Database.openNewAt(folder, key, m.schemaVersion()) : Database.open(folder, key);
        try {
            RowsBackup.fill(made, backup, m, password);
            if (older) {
                made.migrateForward();
            }
            return made;
        } catch (Exception | Error e) {
            made.close();
            throw e;
        }
    }

    private static void refuseNewer(Path backup, BackupManifest m) {
        if (m.schemaVersion() > Database.latestSchema()) {
            throw UserError.badInput(Messages.get("backup.rows.schemaDiffers", backup.getFileName(),
                    String.valueOf(m.schemaVersion()), String.valueOf(Database.latestSchema())));
        }
    }

    /**
     * A backup of the rows restored onto the server the program works on, whose database must hold no rows yet;
     * a backup of a data folder's file is refused (it is restored into a folder, then moved by {@code migrate-to}).
     * A backup of an older schema is brought forward in a new file in a temporary folder first, then copied onto the
     * server as {@code migrate-to} copies a folder, compared table by table before the commit.
     */
    static Backups.Restored ontoServer(Database server, Path backup, BackupManifest m, char[] password) throws Exception {
        if (!m.rows()) {
            throw UserError.badInput(Messages.get("backup.rows.fileOnServer", backup.getFileName()));
        }
        refuseNewer(backup, m);
        try {
            if (m.schemaVersion() == server.schemaVersion()) {
                RowsBackup.fill(server, backup, m, password);
            } else {
                forwardOntoServer(server, backup, m, password);
            }
        } catch (TableRows.NotEmptyException e) {
            throw UserError.badInput(Messages.get("backup.rows.serverNotEmpty", backup.getFileName()));
        }
        return new Backups.Restored(m, null);
    }

    private static void forwardOntoServer(Database server, Path backup, BackupManifest m, char[] password)
            throws Exception {
        Path temp = Files.createTempDirectory("branch-ledger-restore");
        try {
            DataFolder folder = new DataFolder(temp);
            try (Database made = filledForward(folder, null, backup, m, password)) {
                ScannedPages pages = new ScannedPages(temp, () -> null);
                made.read(c -> TableRows.pagesToFiles(c, pages));
                org.branchledger.core.db.ServerCopy.copy(made, server, pages);
            }
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** H2's own words for what is wrong with a file, shortened to its first line. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        text = text.lines().findFirst().orElse("").strip();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
