package org.branchledger.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.FileJournal;
import org.branchledger.core.db.FileKey;
import org.branchledger.core.db.PageRekey;
import org.branchledger.core.db.ScannedPages;
import org.branchledger.core.db.TableDigest;
import org.branchledger.core.i18n.Messages;
import org.h2.tools.ChangeFileEncryption;

/**
 * Sets, changes and removes the data folder's password, as one journalled step ({@link FileJournal}): the
 * database file is copied into the journal's staging folder and re-encrypted there with H2's
 * {@link ChangeFileEncryption} (which itself deletes and renames: never on the live file), opened and
 * compared row by row with the data; the new password hash is written beside it, and every scanned page is
 * re-encrypted there too ({@link PageRekey}: sealed with the new key, or plain when the password goes).
 * Only then is the step committed, and the database file, the password file and the pages are swapped
 * together. The old ones are kept until the new file has opened. A failure, or a kill at any point (see
 * {@link #recover}), leaves the old files with the old password or the new files with the new one. The same
 * step moves a folder from the legacy key to a salted one ({@link #upgradeLegacyKey()}).
 */
public final class PasswordService {
    public static final int MIN_LENGTH = PasswordRule.MIN_LENGTH;
    static final String STEP = "password";
    private static final String DB = "branch-ledger";
    private static final String DB_FILE = DB + ".mv.db";
    /** Left by builds before the journal: see {@link #recover}. */
    private static final String LEGACY_BEFORE = "branch-ledger.mv.db.before-password";
    private static final String LEGACY_PENDING = PasswordFile.FILE_NAME + ".new";
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private final DataFolder folder;
    private final Database db;
    private final DataKey key;

    public PasswordService(DataFolder folder, Database db, DataKey key) {
        this.folder = folder;
        this.db = db;
        this.key = key;
    }

    public boolean hasPassword() {
        return key.encrypted();
    }

    /** Checks a password against the folder's (slow on purpose). */
    public boolean matches(char[] password) {
        try {
            return PasswordFile.exists(folder.path())
                    && PasswordFile.read(folder.path().resolve(PasswordFile.FILE_NAME)).matches(password);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The same for a folder opened with its password (the command line: opening it proved the password):
     * sets or changes it to {@code newPassword}, or removes it with null.
     */
    public void changeOpened(char[] newPassword) throws Exception {
        change(key.password(), newPassword);
    }

    /**
     * Sets a new password, or removes it with {@code newPassword} null. {@code current} must be the
     * password in force (null when there is none).
     */
    public void change(char[] current, char[] newPassword) throws Exception {
        if (key.encrypted() && !matches(current)) {
            throw UserError.badInput(Messages.get("password.error.wrongCurrent"));
        }
        if (newPassword != null) {
            PasswordRule.check(newPassword);
        }
        if (!key.encrypted() && newPassword == null) {
            throw UserError.badInput(Messages.get("password.error.noneSet"));
        }
        rekey(newPassword);
    }

    /**
     * A folder opened with the legacy key (decision record 0021: no salt recorded, pages plain) is moved to
     * a salted key with the same password, by the same journalled step as a password change.
     *
     * @return whether the folder had the legacy key
     */
    public boolean upgradeLegacyKey() throws Exception {
        FileKey k = key.fileKey();
        if (k == null || !k.legacy()) {
            return false;
        }
        rekey(key.password());
        return true;
    }

    private void rekey(char[] newPassword) throws Exception {
        PasswordFile file = newPassword == null ? null : PasswordFile.of(newPassword);
        FileKey to = file == null ? null : file.fileKey(newPassword); // slow on purpose: once, here
        // From the digest to the swap, and until the new key is in force, nothing may write: a scanned page
        // is added in a transaction, and must be sealed with the key the folder then has.
        db.holdWrites();
        try {
            changeHeld(folder.path(), key.fileKey(), to, file);
            key.set(newPassword, to);
        } catch (PageRekey.UnreadablePageException e) {
            throw UserError.badInput(Messages.get("password.error.pageUnreadable", e.file()));
        } finally {
            db.releaseWrites();
        }
    }

    private void changeHeld(Path dir, FileKey from, FileKey to, PasswordFile file) throws Exception {
        String before = db.read(TableDigest::of);
        PageRekey pages = PageRekey.plan(dir, from, to);
        List<String> targets = new java.util.ArrayList<>(List.of(DB_FILE, PasswordFile.FILE_NAME));
        targets.addAll(pages.targets());
        FileJournal journal = FileJournal.begin(dir, STEP, targets, null);
        try {
            db.whileClosed(() -> {
                Path staged = journal.staged(DB_FILE);
                Files.copy(dir.resolve(DB_FILE), staged);
                ChangeFileEncryption.execute(journal.stagingFolder().toString(), DB, "AES", h2(from), h2(to), true);
                String after = TableDigest.ofFile(staged, to);
                if (!before.equals(after)) {
                    throw new IllegalStateException("the re-encrypted copy differs from the data");
                }
                if (file != null) {
                    file.write(journal.staged(PasswordFile.FILE_NAME));
                }
                pages.stage(journal);
                journal.commit();
                journal.apply();
                return null;
            }, to);
        } catch (Exception | Error e) {
            journal.undo();
            db.reopen(from);
            throw e;
        }
        journal.finish();
        ScannedPages.removeEmptyFolders(dir);
    }

    private static char[] h2(FileKey key) {
        return key == null ? null : key.h2Password();
    }

    /**
     * At start, before the database opens: what a build before the journal left (it copied the old file to
     * {@value #LEGACY_BEFORE} after writing the new hash to {@value #LEGACY_PENDING}, then re-encrypted the
     * live file). Journalled steps are recovered by {@link FileJournal#recover}, which runs first. With the
     * new hash still pending: a copy that is a byte-for-byte beginning of the live file was cut off while
     * copying (or the live file was never touched), so the live file stays; otherwise the copy is complete
     * and the live file was re-encrypted, so the copy goes back. Never is a half copy moved over the file.
     */
    public static void recover(DataFolder folder) throws IOException {
        Path dir = folder.path();
        Path before = dir.resolve(LEGACY_BEFORE);
        Path pending = dir.resolve(LEGACY_PENDING);
        Path file = dir.resolve(DB_FILE);
        if (Files.exists(pending)) {
            if (Files.exists(before) && (!Files.exists(file) || !isPrefix(before, file))) {
                Files.move(before, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(pending);
        }
        Files.deleteIfExists(before);
        if (Files.exists(file) && !encrypted(file)) {
            Files.deleteIfExists(dir.resolve(PasswordFile.FILE_NAME)); // a removal cut off after its commit point
        }
    }

    /** Whether {@code part}'s bytes are the first bytes of {@code whole} (all of them, or a beginning). */
    private static boolean isPrefix(Path part, Path whole) throws IOException {
        if (Files.size(part) > Files.size(whole)) {
            return false;
        }
        try (InputStream a = Files.newInputStream(part); InputStream b = Files.newInputStream(whole)) {
            byte[] x = new byte[64 * 1024];
            byte[] y = new byte[64 * 1024];
            int n;
            while ((n = a.readNBytes(x, 0, x.length)) > 0) {
                if (b.readNBytes(y, 0, n) != n || !java.util.Arrays.equals(x, 0, n, y, 0, n)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether an H2 file is encrypted (H2 starts those with its own header). */
    static boolean encrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(H2_ENCRYPTED_HEADER.length);
            return java.util.Arrays.equals(head, H2_ENCRYPTED_HEADER);
        }
    }
}
