package org.branchledger.core.db;

import java.sql.Connection;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Many reads that all see the data as at one moment, whatever others write meanwhile (a backup of the rows of a
 * server several people work on): one connection in a repeatable-read transaction that is rolled back at the end.
 * The {@code DSLContext} given to the work is bound to that connection ({@code connectionResult} hands it out).
 */
public final class Snapshot {
    private Snapshot() {
    }

    public static <T> T read(Database db, Function<DSLContext, T> work) {
        return db.read(c -> {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.apply(DSL.using(c, db.engine().dialect(), db.engine().settings()));
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(auto);
            }
        });
    }
}
