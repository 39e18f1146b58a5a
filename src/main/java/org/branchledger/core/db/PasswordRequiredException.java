package org.branchledger.core.db;

/** The data folder has a password (its database is encrypted) and none was given. */
public final class PasswordRequiredException extends RuntimeException {
    public PasswordRequiredException() {
        super("the data folder has a password");
    }
}
