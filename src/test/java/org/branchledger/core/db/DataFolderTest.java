package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/shuji");

    @Test
    void explicitFolderWins() {
        assertEquals(Path.of("/data/x"), DataFolder.resolve("/data/x",
                Map.of("BRANCH_LEDGER_HOME", "/env"), "Linux", HOME).path());
    }

    @Test
    void environmentVariableOverridesTheDefault() {
        assertEquals(Path.of("/env"), DataFolder.resolve(null, Map.of("BRANCH_LEDGER_HOME", "/env"), "Linux", HOME)
                .path());
    }

    @Test
    void defaultsPerOperatingSystem() {
        assertEquals(HOME.resolve(".local/share/branch-ledger"),
                DataFolder.resolve(null, Map.of(), "Linux", HOME).path());
        assertEquals(Path.of("C:/Users/shuji/AppData/Local").resolve("BranchLedger"),
                DataFolder.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/shuji/AppData/Local"), "Windows 10", HOME)
                        .path());
    }

    @Test
    void aSecondLockOnTheSameFolderIsRefused(@TempDir Path dir) throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (DataFolderLock first = DataFolderLock.acquire(folder)) {
            assertThrows(DataFolderInUseException.class, () -> DataFolderLock.acquire(folder));
        }
        DataFolderLock.acquire(folder).close(); // released: free again
    }
}
