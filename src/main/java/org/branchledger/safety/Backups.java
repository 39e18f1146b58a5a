package org.branchledger.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.crypto.spec.SecretKeySpec;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.core.audit.AuditAnchors;
import org.branchledger.core.audit.AuditHead;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.Engine;
import org.branchledger.core.db.FileJournal;
import org.branchledger.core.db.FileKey;
import org.branchledger.core.db.ScannedPages;
import org.branchledger.core.db.Permissions;
import org.branchledger.core.i18n.Messages;

/**
 * Backups of a data folder as one {@code .blbak} file (a zip: the database file as H2's online backup
 * copied it, the scanned pages, the password hash, and a manifest with checksums). An encrypted folder
 * gives an encrypted backup: the database file is already encrypted by H2 and the pages are already sealed
 * with the folder's key ({@link ScannedPages}), so both go in as they are on disk (a folder still on the
 * legacy key has plain pages: they are encrypted here, with a key of the backup's own). Restoring checks the
 * whole backup first, keeps the data it replaces as a backup of its own, and leaves the program working on
 * the restored data (a backup from before decision record 0021 then moves to a salted key, as a first open
 * does).
 */
public final class Backups {
    public static final String EXTENSION = ".blbak";
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    private static final DateTimeFormatter DATED_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    /**
     * The name of a backup written into a folder the user named: 支部台账备份-2026-12-07-0930.blbak, or with the
     * seconds when a backup of that minute is already there.
     */
    public static Path datedFileIn(Path dir, LocalDateTime at) {
        Path file = dir.resolve("支部台账备份-" + at.format(DATED) + EXTENSION);
        return Files.exists(file) ? dir.resolve("支部台账备份-" + at.format(DATED_SECONDS) + EXTENSION) : file;
    }
    public static final int KEEP = 30;
    static final String AUTO_PREFIX = "branch-ledger-";
    static final String REPLACED_PREFIX = "restore-replaced-";
    static final String RESTORE_STEP = "restore";
    static final String RESCUE_STEP = "rescue";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DataFolder folder;
    private final Database db;
    private final DataKey key;
    private final SafetyRepository repository;
    private final Clock clock;

    public Backups(DataFolder folder, Database db, DataKey key, SafetyRepository repository, Clock clock) {
        this.folder = folder;
        this.db = db;
        this.key = key;
        this.repository = repository;
        this.clock = clock;
    }

    public Path backupFolder() {
        return folder.path().resolve("backups");
    }

    /** Whether backups are made encrypted (the folder has a password). */
    public boolean encrypted() {
        return key.encrypted();
    }

    // ---------------------------------------------------------------- making backups

    /** Writes a backup of the whole data folder to {@code out} (through a temporary file beside it). */
    public BackupManifest create(Path out, Progress progress) throws IOException {
        if (db.engine() == Engine.POSTGRESQL) {
            return createRows(out);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (parent.equals(backupFolder().toAbsolutePath())) {
            Permissions.protect(parent); // the folder's own backups/; a folder the user chose is left as it is
        }
        Path part = parent.resolve(out.getFileName() + ".part");
        Path h2zip = Files.createTempFile(folder.path(), "h2backup", ".zip");
        try {
            progress.update(0, 3);
            // Read before the copy: the copy, and the live trail, then hold at least this entry.
            AuditAnchor head = repository.auditHead(db.dsl());
            repository.backupTo(db.dsl(), h2zip);
            progress.update(1, 3);
            char[] password = key.password();
            FileKey fileKey = key.fileKey();
            byte[] salt = null;
            SecretKeySpec aes = null;
            if (fileKey != null && fileKey.legacy()) { // pages still plain on disk
                salt = new byte[16];
                new SecureRandom().nextBytes(salt);
                aes = BackupArchive.pageKey(password, salt);
            }
            Map<String, ManifestParts.Part> parts = new LinkedHashMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                Permissions.protect(part); // before anything is written into it
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2zip))) {
                    ZipEntry e;
                    boolean found = false;
                    while ((e = in.getNextEntry()) != null) {
                        if (e.getName().endsWith(".mv.db")) {
                            parts.put(BackupArchive.DB_PART, BackupArchive.write(zip, BackupArchive.DB_PART, in, null));
                            found = true;
                        }
                    }
                    if (!found) {
                        throw new IOException("H2 backup holds no database file");
                    }
                }
                progress.update(2, 3);
                Path pw = folder.path().resolve(PasswordFile.FILE_NAME);
                if (password != null && Files.isRegularFile(pw)) {
                    try (InputStream in = Files.newInputStream(pw)) {
                        parts.put(BackupArchive.PASSWORD_PART,
                                BackupArchive.write(zip, BackupArchive.PASSWORD_PART, in, null));
                    }
                }
                for (String page : ScannedPages.all(folder.path())) {
                    String name = "data/" + page;
                    try (InputStream in = Files.newInputStream(folder.path().resolve(page))) {
                        parts.put(name, BackupArchive.write(zip, name, in, aes));
                    }
                }
                int format = fileKey != null && !fileKey.legacy() ? BackupManifest.FORMAT : BackupManifest.FORMAT_PAGES_PLAIN;
                BackupManifest manifest = new BackupManifest(format, appVersion(), db.schemaVersion(),
                        LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), password != null,
                        repository.branchNames(db.dsl()), repository.memberCount(db.dsl()),
                        repository.auditCount(db.dsl()), parts, salt, head, null);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                manifest.write(zip);
                zip.closeEntry();
                zip.finish();
                progress.update(3, 3);
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            }
        } finally {
            Files.deleteIfExists(h2zip);
            Files.deleteIfExists(part);
        }
    }

    /**
     * Writes a backup of the rows of every table to {@code out} ({@link BackupManifest#FORMAT_ROWS}): the form a
     * server's data is backed up in, restorable into an empty server database or a data folder alike.
     */
    public BackupManifest createRows(Path out) throws IOException {
        return RowsBackup.create(out, db, key, folder.path(), repository, clock, appVersion());
    }

    /**
     * The audit anchors of the backups in backups/ (their manifests' newest entry), for {@code verify}; a
     * backup that cannot be read, or one made before manifests carried the anchor, gives none.
     */
    public List<AuditAnchors.Source> auditAnchors() {
        List<AuditAnchors.Source> out = new ArrayList<>();
        for (Path p : all()) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(p.toFile())) {
                ZipEntry e = zip.getEntry(BackupManifest.ENTRY);
                if (e == null) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    BackupManifest m = BackupManifest.read(in);
                    if (m != null && m.auditHead() != null) {
                        out.add(new AuditAnchors.Source(Messages.get("audit.anchor.backup", p.getFileName()),
                                m.auditHead(), m.created()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not a readable backup: no anchor from it
            }
        }
        return out;
    }

    /** Whether today's automatic backup is still to be made (one a day at most). */
    public boolean automaticDue() {
        String today = AUTO_PREFIX + LocalDate.now(clock);
        return automaticBackups().stream().noneMatch(p -> p.getFileName().toString().startsWith(today));
    }

    /** Makes today's automatic backup if it is due, then keeps only the newest {@link #KEEP}. */
    public Optional<Path> automatic(Progress progress) throws IOException {
        if (!automaticDue()) {
            return Optional.empty();
        }
        // A file left sparse by many writes is rewritten first (checked, never in place): the backup then
        // reads a tenth of it, and so does every start.
        db.compactIfSparse();
        Path out = backupFolder().resolve(AUTO_PREFIX + LocalDateTime.now(clock).format(STAMP) + EXTENSION);
        create(out, progress);
        rotate();
        return Optional.of(out);
    }

    /**
     * After a command: a file over {@code minBytes} that is less than half used is rewritten compactly, by the
     * same checked steps as before the day's backup. A big transaction (an import, the demo) writes the file
     * over and over within H2's 45 seconds of retained old chunks, and H2's own tidying at closing reclaims
     * little of that: the 1,000-member demo left 375 MB holding 11 MB.
     */
    public boolean compactIfLarge(long minBytes) throws IOException {
        return db.compactIfSparse(minBytes);
    }

    /** The automatic backups, oldest first. */
    public List<Path> automaticBackups() {
        return list(AUTO_PREFIX);
    }

    /** Every backup in the folder's backups/, newest first (automatic ones and data kept by restores). */
    public List<Path> all() {
        List<Path> all = new ArrayList<>(list(""));
        java.util.Collections.reverse(all);
        return all;
    }

    private List<Path> list(String prefix) {
        Path dir = backupFolder();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(EXTENSION);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    void rotate() throws IOException {
        List<Path> auto = automaticBackups();
        for (int i = 0; i < auto.size() - KEEP; i++) {
            Files.deleteIfExists(auto.get(i));
        }
    }

    // ---------------------------------------------------------------- restoring

    /**
     * Replaces the folder's data with the backup's, as one journalled step ({@link FileJournal}): checks the
     * backup, unpacks it into the journal's staging folder and opens it there, saves the current data as
     * {@code backups/restore-replaced-….blbak}, then commits and swaps the files while the database is closed
     * and opens the restored one. Any failure before the commit changes nothing; a failure while opening the
     * swapped data puts the old data back; a kill anywhere is finished or undone at the next start.
     *
     * @param password the backup's password when it is encrypted (null otherwise)
     * @return the restored backup's manifest and where the replaced data was kept
     */
    public Restored restore(Path backup, char[] password, Progress progress) throws Exception {
        BackupManifest m = BackupArchive.inspect(backup, password);
        if (db.engine() == Engine.POSTGRESQL) {
            return RestoreStaging.ontoServer(db, backup, m, password);
        }
        if (!m.rows()) {
            checkKeepsPassword(m); // a backup of the rows takes this folder's password, see below
        }
        FileJournal journal = FileJournal.begin(folder.path(), RESTORE_STEP, m.rows()
                ? RestoreStaging.rowsTargets(folder.path(), backup, m, password, key.fileKey())
                : RestoreStaging.targets(folder.path(), m), null);
        try {
            // The rows go into a new file made with the folder's own key, the backup's pages into files sealed with
            // it: its password stays as it is.
            FileKey restoredKey = m.rows() ? RestoreStaging.rowsChecked(backup, m, password, journal, key.fileKey())
                    : RestoreStaging.unpackChecked(backup, m, password, journal, progress);
            char[] restoredPassword = m.rows() ? key.password() : m.encrypted() ? password : null;
            progress.update(3, 5);
            Path kept = backupFolder().resolve(REPLACED_PREFIX + LocalDateTime.now(clock).format(STAMP) + EXTENSION);
            create(kept, Progress.NONE);
            progress.update(4, 5);
            FileKey oldKey = key.fileKey();
            db.holdWrites(); // until the restored key is in force: a page added meanwhile is sealed with it
            try {
                try {
                    db.whileClosed(() -> {
                        journal.commit();
                        journal.apply();
                        AuditHead.markRestored(folder.path()); // the trail starts again from the backup's
                        return null;
                    }, restoredKey);
                } catch (Exception e) {
                    journal.undo();
                    db.reopen(oldKey);
                    throw e;
                }
                journal.finish();
                key.set(restoredPassword, restoredKey);
            } finally {
                db.releaseWrites();
            }
            upgradeLegacyKey();
            progress.update(5, 5);
            return new Restored(m, kept);
        } catch (Exception | Error e) {
            if (journal.state() == FileJournal.State.PREPARING) {
                journal.undo();
            }
            throw e;
        }
    }

    /** A backup from before decision record 0021 restored: moved to a salted key now, as a first open does. */
    private void upgradeLegacyKey() {
        try {
            new PasswordService(folder, db, key).upgradeLegacyKey();
        } catch (Exception e) {
            // the restore is done; the folder keeps the legacy key and the next open tries again
            org.branchledger.core.FailureLog.record(folder, e, clock);
        }
    }

    /**
     * Refuses, before anything is touched, a backup without encryption for a folder that has a password:
     * restoring it would silently take the password away (the restored files are plain). The user removes
     * the password first, or sets it again after restoring; both are explicit steps.
     *
     * @throws UserError (exit 2) naming both ways
     */
    public void checkKeepsPassword(BackupManifest m) {
        if (!m.encrypted() && key.password() != null) {
            throw UserError.badInput(Messages.get("backup.error.wouldDropPassword"));
        }
    }

    /**
     * Restores into a folder whose own database cannot be opened (a damaged file): the backup is checked
     * exactly as by {@link #restore}, then the unreadable files are moved, untouched, into
     * {@code backups/unreadable-<time>/} (kept, never deleted) and the backup's data takes their place, in
     * one journalled step. The caller holds the folder's lock; nothing is replaced when the backup does not
     * check out.
     */
    public static Restored rescue(DataFolder folder, Path backup, char[] password, Clock clock) throws Exception {
        BackupManifest m = BackupArchive.inspect(backup, password);
        String keepTo = "backups/unreadable-" + LocalDateTime.now(clock).format(STAMP);
        if (m.rows() && Files.exists(folder.path().resolve(PasswordFile.FILE_NAME))) {
            throw UserError.badInput(Messages.get("backup.rows.rescueWithPassword", backup.getFileName()));
        }
        FileJournal journal = FileJournal.begin(folder.path(), RESCUE_STEP, m.rows()
                ? RestoreStaging.rowsTargets(folder.path(), backup, m, password, null)
                : RestoreStaging.targets(folder.path(), m), keepTo);
        try {
            if (m.rows()) {
                RestoreStaging.rowsChecked(backup, m, password, journal, null);
            } else {
                RestoreStaging.unpackChecked(backup, m, password, journal, Progress.NONE);
            }
            journal.commit();
            journal.apply();
            AuditHead.markRestored(folder.path());
            journal.finish();
            return new Restored(m, folder.path().resolve(keepTo));
        } catch (Exception | Error e) {
            journal.undo();
            throw e;
        }
    }

    /** A finished restore: what was restored and where the data it replaced is kept (null: a server's, none). */
    public record Restored(BackupManifest manifest, Path replacedDataKeptIn) {
    }

    static String appVersion() {
        String v = Backups.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
