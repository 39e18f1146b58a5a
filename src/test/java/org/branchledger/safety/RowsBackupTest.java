package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.stream.Stream;
import org.branchledger.core.db.TableDigest;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of the rows (issue 21): a server's backup restored into a data folder, that folder moved onto a new
 * server by {@code migrate-to}, gives the same data; a server holding data, or a file backup, is refused; a folder's
 * password is kept and its backups of the rows are encrypted.
 */
@org.junit.jupiter.api.Tag("slow") // file-level: backs up and restores real folders and servers (issue 19: real files for crash, backup and encryption tests; not in the fast group)
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class RowsBackupTest {
    private static final Map<String, String> LOGIN = Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
            "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD);

    @TempDir
    Path dir;

    @Test
    @Tag("server")
    void aServersBackupRestoredIntoAFolderAndMovedOntoANewServerHoldsTheSameData() throws Exception {
        PgCluster pg = PgCluster.require();
        String first = pg.newDatabase();
        CliRun office = new CliRun(dir.resolve("office")).env(LOGIN);
        assertEquals(0, office.run("--database", first, "demo", "--members", "40", "--sessions", "30"), office.err());
        Path backup = dir.resolve("server.blbak");
        assertEquals(0, office.run("--database", first, "backup", "--out", backup.toString()), office.err());

        CliRun folder = new CliRun(dir.resolve("folder")).env(LOGIN);
        assertEquals(0, folder.run("restore", backup.toString()), folder.err());
        assertTrue(folder.run("verify") == 0 && folder.out().contains("逐条相连"), folder.out() + folder.err());
        String second = pg.newDatabase();
        assertEquals(0, folder.run("migrate-to", "--database", second), folder.err());
        String original = digest(first);
        assertEquals(original, digest(second), "server → backup → folder → migrate-to → server: the same rows");

        // over data: refused, nothing changed
        assertEquals(2, office.run("--database", first, "restore", backup.toString()));
        assertEquals(1, office.err().strip().lines().count(), office.err());
        assertTrue(office.err().contains("已经有数据"), office.err());
        assertEquals(original, digest(first));

        // a backup of a folder's file: restored into a folder first, then moved
        Path file = dir.resolve("file.blbak");
        assertEquals(0, folder.run("backup", "--out", file.toString()), folder.err());
        String empty = pg.newDatabase();
        assertEquals(2, office.run("--database", empty, "restore", file.toString()));
        assertTrue(office.err().contains("migrate-to"), office.err());
        // the folder's backup of the rows goes onto an empty server as the server's did
        Path portable = dir.resolve("portable.blbak");
        assertEquals(0, folder.run("backup", "--portable", "--out", portable.toString()), folder.err());
        assertEquals(0, office.run("--database", empty, "restore", portable.toString()), office.err());
        assertEquals(original, digest(empty));
        assertEquals(0, office.run("--database", empty, "verify"), office.err());
    }

    @Test
    void aFoldersBackupOfTheRowsIsEncryptedAndRestoresUnderTheFoldersOwnPassword() throws Exception {
        CliRun a = new CliRun(dir.resolve("a"));
        assertEquals(0, a.run("demo", "--members", "12", "--sessions", "5"), a.err());
        assertEquals(0, a.stdin("红旗村2026\n").run("password", "set"), a.err());
        a.stdin("").env(Map.of("BRANCH_LEDGER_PASSWORD", "红旗村2026"));
        assertEquals(0, a.run("members", "--all", "--format", "csv"), a.err());
        String members = a.out();
        Path backup = dir.resolve("rows.blbak");
        assertEquals(0, a.run("backup", "--portable", "--out", backup.toString()), a.err());
        assertTrue(BackupArchive.encrypted(backup));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            byte[] stored = zip.getInputStream(zip.getEntry("tables/member.jsonl")).readAllBytes();
            assertTrue(!new String(stored, java.nio.charset.StandardCharsets.UTF_8).contains("\"name\""),
                    "the rows are sealed");
        }

        CliRun b = new CliRun(dir.resolve("b"));
        assertEquals(0, b.run("branch", "list"), b.err());
        assertEquals(0, b.stdin("东风村2027\n").run("password", "set"), b.err());
        b.stdin("").env(Map.of("BRANCH_LEDGER_PASSWORD", "东风村2027"));
        assertEquals(2, b.env(Map.of("BRANCH_LEDGER_PASSWORD", "东风村2027", "BRANCH_LEDGER_BACKUP_PASSWORD", "错的"))
                .run("restore", backup.toString()));
        b.env(Map.of("BRANCH_LEDGER_PASSWORD", "东风村2027", "BRANCH_LEDGER_BACKUP_PASSWORD", "红旗村2026"));
        assertEquals(0, b.run("restore", backup.toString()), b.err());
        assertEquals(0, b.run("members", "--all", "--format", "csv"), b.err());
        assertEquals(members, b.out(), "the backup's members, under the folder's own password");
        assertTrue(PasswordService.encrypted(dir.resolve("b").resolve("branch-ledger.mv.db")));
        assertEquals(0, b.run("verify"), b.out() + b.err());
        try (Stream<Path> s = Files.list(dir.resolve("b"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("journal")), "the step finished");
        }
        assertNotEquals(2, b.env(Map.of("BRANCH_LEDGER_PASSWORD", "东风村2027")).run("members"));
        assertEquals(2, b.env(Map.of("BRANCH_LEDGER_PASSWORD", "红旗村2026")).run("members"), "the folder's password stays");
    }

    private static String digest(String address) throws Exception {
        try (Connection c = DriverManager.getConnection(PgCluster.jdbc(address), PgCluster.USER, PgCluster.PASSWORD)) {
            return TableDigest.portable(c);
        }
    }
}
