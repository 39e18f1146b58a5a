package org.branchledger.safety;

import org.branchledger.core.db.FileKey;

/**
 * The password the open database was unlocked with and the {@link FileKey} made from it once at the open
 * (both null: not encrypted). Kept in memory only, for the scanned pages, backups and changing the password;
 * never written anywhere.
 */
public final class DataKey {
    private volatile Held held;

    private record Held(char[] password, FileKey fileKey) {
    }

    public DataKey(char[] password, FileKey fileKey) {
        set(password, fileKey);
    }

    /** No password. */
    public static DataKey none() {
        return new DataKey(null, null);
    }

    public char[] password() {
        char[] p = held.password();
        return p == null ? null : p.clone();
    }

    /** The key the folder's files are encrypted with now (null: not encrypted). */
    public FileKey fileKey() {
        return held.fileKey();
    }

    public boolean encrypted() {
        return held.password() != null;
    }

    /** Both at once, so that no one reads a new password with the old key. */
    void set(char[] newPassword, FileKey newKey) {
        if ((newPassword == null) != (newKey == null)) {
            throw new IllegalArgumentException("a password needs its key, and no password no key");
        }
        this.held = new Held(newPassword == null ? null : newPassword.clone(), newKey);
    }
}
