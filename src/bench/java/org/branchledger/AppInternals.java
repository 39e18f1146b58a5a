package org.branchledger;

import org.branchledger.core.db.Database;

/**
 * What the benchmarks and the tests may reach inside an {@link App} and the product does not: the database
 * itself, for fixtures (bulk rows, dropped triggers) and digests. Lives beside the benchmarks, never in the
 * product jar; features go through their services.
 */
public final class AppInternals {
    private AppInternals() {
    }

    public static Database database(App app) {
        return app.database();
    }
}
