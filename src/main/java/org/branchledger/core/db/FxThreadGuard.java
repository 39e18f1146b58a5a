package org.branchledger.core.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Refuses SQL on the JavaFX application thread: a slow query there freezes the window. Every screen
 * reaches the database through a background task, and this guard makes a slip fail loudly in tests.
 */
final class FxThreadGuard implements ExecuteListener {
    static final String FX_THREAD = "JavaFX Application Thread";

    @Override
    public void start(ExecuteContext ctx) {
        check(ctx.sql());
    }

    static void check(String what) {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("database access on the JavaFX thread: " + what);
        }
    }
}
