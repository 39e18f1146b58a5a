package org.branchledger.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.ui.FontSize;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a shared server one secretary's 特大 is not everyone's: the font size stays with each computer (issue 21). */
@Tag("server")
class FontSizePerComputerTest {
    @TempDir
    Path dir;

    @Test
    void eachComputerKeepsItsOwnFontSize() throws Exception {
        PgCluster pg = PgCluster.require();
        ServerChoice server = new ServerChoice(ServerAddress.parse(pg.newDatabase()).orElseThrow(), PgCluster.USER);
        char[] password = PgCluster.PASSWORD.toCharArray();
        DataFolder first = new DataFolder(dir.resolve("pc1"));
        DataFolder second = new DataFolder(dir.resolve("pc2"));
        try (App one = App.openServer(first, DataFolderLock.acquire(first), server, password, null);
             App two = App.openServer(second, DataFolderLock.acquire(second), server, password, null)) {
            one.settings().setFontSize(FontSize.EXTRA_LARGE);
            assertEquals(FontSize.EXTRA_LARGE, one.settings().fontSize());
            assertEquals(FontSize.NORMAL, two.settings().fontSize(), "the other computer keeps its own");
        }
        try (App again = App.openServer(first, DataFolderLock.acquire(first), server, password, null)) {
            assertEquals(FontSize.EXTRA_LARGE, again.settings().fontSize(), "kept in this computer's data folder");
        }
    }
}
