package org.branchledger.core.db;

/** The password given does not open the (encrypted) database file, or an unencrypted file was given one. */
public final class WrongPasswordException extends RuntimeException {
    public WrongPasswordException(Throwable cause) {
        super("wrong password for the database file", cause);
    }
}
