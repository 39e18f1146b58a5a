package org.branchledger.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.ServerAddress;

/**
 * Where a benchmark's records live: a fresh data folder's H2 file, or, with {@code --database postgresql://…}, an
 * empty database on a PostgreSQL server (issue 21), the login from BRANCH_LEDGER_DB_USER / BRANCH_LEDGER_DB_PASSWORD.
 */
final class BenchData {
    private BenchData() {
    }

    static App open(Path work, Optional<String> database, PrintStream out) throws Exception {
        DataFolder folder = new DataFolder(work.resolve("data"));
        if (database.isEmpty()) {
            out.println("engine: H2 (data folder " + folder.path() + ")");
            return App.open(folder);
        }
        ServerAddress address = ServerAddress.parse(database.get())
                .orElseThrow(() -> new IllegalArgumentException("not a postgresql:// address: " + database.get()));
        String user = Optional.ofNullable(System.getenv("BRANCH_LEDGER_DB_USER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("BRANCH_LEDGER_DB_PASSWORD")).orElse("");
        out.println("engine: PostgreSQL (" + address + ")");
        return App.openServer(folder, org.branchledger.core.db.DataFolderLock.none(),
                new org.branchledger.core.db.ServerChoice(address, user), password.toCharArray(), null);
    }
}
