package org.branchledger.safety;

/**
 * The password the open database was unlocked with (null: not encrypted). Kept in memory only, for
 * backups (encrypted with it) and for changing it; never written anywhere.
 */
public final class DataKey {
    private volatile char[] password;

    public DataKey(char[] password) {
        this.password = password == null ? null : password.clone();
    }

    public char[] password() {
        char[] p = password;
        return p == null ? null : p.clone();
    }

    public boolean encrypted() {
        return password != null;
    }

    void set(char[] newPassword) {
        this.password = newPassword == null ? null : newPassword.clone();
    }
}
