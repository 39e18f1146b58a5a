package org.branchledger.core.db;

import java.io.IOException;

/** What the crash trial does to a {@link Database} and the product never asks for: compaction now, sparse or not. */
public final class DatabaseInternals {
    private DatabaseInternals() {
    }

    /** Compacts the file now by the same checked steps as the daily one ({@link Compaction}). */
    public static boolean compactNow(Database db) throws IOException {
        return db.compactNow();
    }
}
