package org.branchledger.core.db;

/**
 * On a shared server: someone else changed the same records while this action was being made (two PCs saving
 * the same session, an import meeting rows another import just wrote). The action's transaction was rolled back,
 * nothing of it was written; doing it again sees the other person's change (issue 21).
 */
public final class ChangedElsewhereException extends RuntimeException {
    public ChangedElsewhereException(Throwable cause) {
        super("changed by someone else at the same time", cause);
    }

    /** PostgreSQL's codes for a write that met another transaction's: unique violation, serialization, deadlock. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
