package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of the rows taken by an older program restores after an update: {@code backups/rows-v14.blbak} is
 * {@code backup --portable} of {@code demo --members 12 --sessions 6} by the build of schema 14 (the last before
 * the scanned pages' table); its rows go into the schema they were taken from and the migrations carry them
 * forward, into a folder and onto a server.
 */
@org.junit.jupiter.api.Tag("slow") // file-level: restores a backup into real folders (issue 19: real files for crash, backup and encryption tests; not in the fast group)
class OlderRowsBackupTest {
    /** What the older build's {@code members --format csv} printed for that folder: a header and 12 members. */
    private static final int MEMBER_LINES = 13;

    @TempDir
    Path dir;

    @Test
    void anOlderBackupOfTheRowsRestoresIntoAFolder() throws Exception {
        Path backup = fixture();
        CliRun folder = new CliRun(dir.resolve("folder"));
        assertEquals(0, folder.run("restore", backup.toString()), folder.err());
        checkRestored(folder);
        // and goes on: pages, backups and the next restore at this program's schema
        Path again = dir.resolve("again.blbak");
        assertEquals(0, folder.run("backup", "--portable", "--out", again.toString()), folder.err());
        CliRun other = new CliRun(dir.resolve("other"));
        assertEquals(0, other.run("restore", again.toString()), other.err());
        checkRestored(other);
    }

    @Test
    @Tag("server")
    void anOlderBackupOfTheRowsRestoresOntoAnEmptyServer() throws Exception {
        PgCluster pg = PgCluster.require();
        String server = pg.newDatabase();
        CliRun office = new CliRun(dir.resolve("office")).env(Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
                "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD));
        assertEquals(0, office.run("--database", server, "restore", fixture().toString()), office.err());
        assertEquals(0, office.run("--database", server, "members", "--format", "csv"), office.err());
        assertEquals(MEMBER_LINES, office.out().lines().count(), office.out());
        assertEquals(0, office.run("--database", server, "verify"), office.out() + office.err());
        assertTrue(office.out().contains("逐条相连"), office.out());
        // restored once: a second time over its data is refused, one line
        assertEquals(2, office.run("--database", server, "restore", fixture().toString()));
        assertTrue(office.err().contains("已经有数据"), office.err());
    }

    private static void checkRestored(CliRun folder) {
        assertEquals(0, folder.run("members", "--format", "csv"), folder.err());
        assertEquals(MEMBER_LINES, folder.out().lines().count(), folder.out());
        assertTrue(folder.out().contains("陆文明"), folder.out());
        assertEquals(0, folder.run("verify"), folder.out() + folder.err());
        assertTrue(folder.out().contains("逐条相连"), folder.out());
    }

    private Path fixture() throws Exception {
        Path file = dir.resolve("rows-v14.blbak");
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream("/backups/rows-v14.blbak")) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
