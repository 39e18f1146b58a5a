package org.branchledger.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.core.i18n.Messages;
import org.h2.tools.ChangeFileEncryption;

/**
 * Sets, changes and removes the data folder's password. The database file is re-encrypted with H2's
 * {@link ChangeFileEncryption} while it is closed, after a copy of it is kept beside it; the new password
 * hash replaces the old one only once the new file opened. A failure (or a power cut: see
 * {@link #recover}) gives back the old file and the old password.
 */
public final class PasswordService {
    public static final int MIN_LENGTH = 6;
    private static final String DB = "branch-ledger";
    private static final String BEFORE = "branch-ledger.mv.db.before-password";
    private static final String PENDING = PasswordFile.FILE_NAME + ".new";
    private static final String NONE = "none";
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
     * Sets a new password, or removes it with {@code newPassword} null. {@code current} must be the
     * password in force (null when there is none).
     */
    public void change(char[] current, char[] newPassword) throws Exception {
        if (key.encrypted() && !matches(current)) {
            throw UserError.badInput(Messages.get("password.error.wrongCurrent"));
        }
        if (newPassword != null && newPassword.length < MIN_LENGTH) {
            throw UserError.badInput(Messages.get("password.error.tooShort", MIN_LENGTH));
        }
        char[] old = key.password();
        Path dir = folder.path();
        Path file = dir.resolve(DB + ".mv.db");
        Path before = dir.resolve(BEFORE);
        Path pending = dir.resolve(PENDING);
        try {
            db.whileClosed(() -> {
                if (newPassword != null) {
                    PasswordFile.of(newPassword).write(pending);
                } else {
                    Files.writeString(pending, NONE);
                }
                Files.copy(file, before, StandardCopyOption.REPLACE_EXISTING);
                ChangeFileEncryption.execute(dir.toString(), DB, "AES", Database.fileKey(old),
                        Database.fileKey(newPassword), true);
                return null;
            }, newPassword);
        } catch (Exception | Error e) {
            undo(dir);
            db.reopen(old);
            throw e;
        }
        commit(dir);
        key.set(newPassword);
    }

    /** The new hash takes over (or the password file goes); then the kept copy of the old file goes. */
    private static void commit(Path dir) throws IOException {
        Path pending = dir.resolve(PENDING);
        Path hash = dir.resolve(PasswordFile.FILE_NAME);
        if (NONE.equals(readSmall(pending))) {
            Files.delete(pending); // the commit point of a removal
            Files.deleteIfExists(hash);
        } else {
            Files.move(pending, hash, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(dir.resolve(BEFORE));
    }

    private static void undo(Path dir) throws IOException {
        Path before = dir.resolve(BEFORE);
        if (Files.exists(before)) {
            Files.move(before, dir.resolve(DB + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(dir.resolve(PENDING));
        Files.deleteIfExists(dir.resolve(DB + ".mv.db.temp"));
    }

    /**
     * At start, before the database opens: a change the power cut off is undone (not yet committed) or
     * finished (committed), so the password file always fits the database file.
     */
    public static void recover(DataFolder folder) throws IOException {
        Path dir = folder.path();
        if (Files.exists(dir.resolve(PENDING))) {
            undo(dir);
        } else if (Files.exists(dir.resolve(BEFORE))) {
            Files.delete(dir.resolve(BEFORE));
        }
        Path file = dir.resolve(DB + ".mv.db");
        if (Files.exists(file) && !encrypted(file)) {
            Files.deleteIfExists(dir.resolve(PasswordFile.FILE_NAME)); // a removal cut off after its commit point
        }
    }

    /** Whether an H2 file is encrypted (H2 starts those with its own header). */
    static boolean encrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(H2_ENCRYPTED_HEADER.length);
            return java.util.Arrays.equals(head, H2_ENCRYPTED_HEADER);
        }
    }

    private static String readSmall(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    }
}
