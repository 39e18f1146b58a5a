package org.branchledger.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderInUseException;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;

/** Opens the App of a test on the data folder's own file, or on its server database under {@link Engines}' switch. */
public final class TestApps {
    private TestApps() {
    }

    /** {@code App.open(new DataFolder(dir))}, or the same folder on a PostgreSQL database of its own. */
    public static App open(Path dir) throws IOException, DataFolderInUseException {
        DataFolder folder = new DataFolder(dir);
        Optional<String> database = Engines.database(dir);
        if (database.isEmpty()) {
            return App.open(folder);
        }
        return onServer(dir, database.get());
    }

    /** An office PC: the App on the data folder {@code dir} with its data on the server database {@code address}. */
    public static App onServer(Path dir, String address) throws IOException, DataFolderInUseException {
        DataFolder folder = new DataFolder(dir);
        ServerChoice server = new ServerChoice(ServerAddress.parse(address).orElseThrow(), PgCluster.USER);
        return App.openServer(folder, DataFolderLock.acquire(folder), server, PgCluster.PASSWORD.toCharArray(), null);
    }
}
