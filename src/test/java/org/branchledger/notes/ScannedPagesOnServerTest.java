package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.db.TableDigest;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned pages on an office's server (issue 21): kept in the server's database, so a page added on one PC is
 * read on another and the server's backups hold it; a folder's pages go onto a server by {@code migrate-to}, and a
 * server's backup restored into a folder gives them back as files there (sealed when the folder has a password).
 */
@Tag("server")
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class ScannedPagesOnServerTest {
    private static final int YEAR = 2026;
    private static final Map<String, String> LOGIN = Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
            "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD);
    private static final String FOLDER_PASSWORD = "红旗村2026";

    @TempDir
    Path dir;
    private PgCluster pg;
    private Path scan;
    private byte[] bytes;

    @BeforeEach
    void server() throws Exception {
        pg = PgCluster.shared().orElse(null);
        Assumptions.assumeTrue(pg != null, PgCluster.MISSING);
        scan = dir.resolve("张三心得.jpg");
        bytes = new byte[300_000];
        new java.util.Random(21).nextBytes(bytes);
        Files.write(scan, bytes);
    }

    @Test
    void aPageAddedOnOnePcIsReadOnAnotherAndNotKeptInEitherFolder() throws Exception {
        ServerChoice server = choice(pg.newDatabase());
        DataFolder first = new DataFolder(dir.resolve("pc1"));
        DataFolder second = new DataFolder(dir.resolve("pc2"));
        try (App one = openServer(first, server); App two = openServer(second, server)) {
            one.demo().create("东风村党支部", 8, YEAR);
            Attachment stored = addPage(one);
            assertFalse(Files.exists(first.path().resolve("attachments")), "the folder keeps no page of its own");

            Attachment seen = two.notes().attachments(stored.noteId()).get(0);
            assertEquals(stored.storedPath(), seen.storedPath());
            assertArrayEquals(bytes, new AttachmentStore(two.notes(), two.pages()).read(seen), "read on the other PC");
            Path copy = second.path().resolve("cache/server-pages").resolve(seen.storedPath());
            assertArrayEquals(bytes, Files.readAllBytes(copy), "a copy kept for the next viewing");

            Files.write(copy, "stale".getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(bytes, two.pages().read(seen.storedPath()), "a stale copy is fetched again");
            assertArrayEquals(bytes, Files.readAllBytes(copy), "and the copy refilled");
            Files.delete(copy);
            assertArrayEquals(bytes, two.pages().read(seen.storedPath()), "a missing copy too");
            assertTrue(two.pages().exists(seen.storedPath()));
        }
    }

    @Test
    void aPageAddedUnderAPathAnotherPcTookMeanwhileFailsWholeAndLeavesTheirs() throws Exception {
        ServerChoice server = choice(pg.newDatabase());
        DataFolder first = new DataFolder(dir.resolve("pc1"));
        DataFolder second = new DataFolder(dir.resolve("pc2"));
        try (App one = openServer(first, server); App two = openServer(second, server)) {
            one.demo().create("东风村党支部", 8, YEAR);
            Attachment theirs = addPage(one);
            long branch = two.branches().all().get(0).id();
            Path mine = dir.resolve("mine.jpg");
            Files.writeString(mine, "another page");
            int before = two.notes().attachments(theirs.noteId()).size();
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> two.notes().addAttachment(
                    branch, new Attachment(null, theirs.noteId(), "mine.jpg", theirs.storedPath()), tx -> {
                        try {
                            two.pages().add(tx, theirs.storedPath(), mine);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
            two.pages().discard(theirs.storedPath());
            assertEquals(before, two.notes().attachments(theirs.noteId()).size(), "no row written");
            assertArrayEquals(bytes, one.pages().read(theirs.storedPath()), "their page as it was");
            assertArrayEquals(bytes, two.pages().read(theirs.storedPath()));
        }
    }

    @Test
    void aServersBackupCarriesItsPagesOntoAServerAndIntoFoldersAndBack() throws Exception {
        String a = pg.newDatabase();
        DataFolder office = new DataFolder(dir.resolve("office"));
        Attachment page;
        try (App app = openServer(office, choice(a))) {
            app.demo().create("东风村党支部", 8, YEAR);
            page = addPage(app);
        }
        CliRun cli = new CliRun(office.path()).env(LOGIN);
        Path backup = dir.resolve("server.blbak");
        assertEquals(0, cli.run("--database", a, "backup", "--out", backup.toString()), cli.err());

        String b = pg.newDatabase();
        assertEquals(0, cli.run("--database", b, "restore", backup.toString()), cli.err());
        assertEquals(digest(a), digest(b), "the same rows");
        assertArrayEquals(bytes, serverPage(b, page.storedPath()), "the page's bytes on the new server");

        // into a folder: a file under attachments/
        CliRun plain = new CliRun(dir.resolve("plain"));
        assertEquals(0, plain.run("restore", backup.toString()), plain.err());
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("plain").resolve(page.storedPath())));
        assertEquals(0, plain.run("verify"), plain.out() + plain.err());

        // into a folder with a password: sealed, readable with it
        CliRun sealed = new CliRun(dir.resolve("sealed"));
        assertEquals(0, sealed.run("branch", "list"), sealed.err());
        assertEquals(0, sealed.stdin(FOLDER_PASSWORD + "\n").run("password", "set"), sealed.err());
        sealed.stdin("").env(Map.of("BRANCH_LEDGER_PASSWORD", FOLDER_PASSWORD));
        assertEquals(0, sealed.run("restore", backup.toString()), sealed.err());
        assertFalse(Files.exists(dir.resolve("sealed").resolve(page.storedPath())), "no plain page");
        try (Stream<Path> files = Files.walk(dir.resolve("sealed/attachments"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".blpage")).count());
        }
        DataFolder sealedFolder = new DataFolder(dir.resolve("sealed"));
        try (App app = App.open(sealedFolder, FOLDER_PASSWORD.toCharArray())) {
            assertArrayEquals(bytes, app.pages().read(page.storedPath()));
        }

        // and back onto a server from the folder
        Path portable = dir.resolve("portable.blbak");
        assertEquals(0, sealed.run("backup", "--portable", "--out", portable.toString()), sealed.err());
        String c = pg.newDatabase();
        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER, "BRANCH_LEDGER_DB_PASSWORD",
                PgCluster.PASSWORD, "BRANCH_LEDGER_BACKUP_PASSWORD", FOLDER_PASSWORD))
                .run("--database", c, "restore", portable.toString()), cli.err());
        assertEquals(digest(a), digest(c));
        assertArrayEquals(bytes, serverPage(c, page.storedPath()), "folder → server: the page's bytes");
    }

    @Test
    void migrateToCopiesAFoldersPagesSealedOrNot() throws Exception {
        for (boolean withPassword : List.of(false, true)) {
            DataFolder folder = new DataFolder(dir.resolve("village-" + withPassword));
            Attachment page;
            try (App app = App.open(folder)) {
                app.demo().create("西山村党支部", 6, YEAR);
                page = addPage(app);
                if (withPassword) {
                    app.passwords().change(null, FOLDER_PASSWORD.toCharArray());
                }
            }
            String target = pg.newDatabase();
            CliRun cli = new CliRun(folder.path()).env(withPassword ? Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER,
                    "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD, "BRANCH_LEDGER_PASSWORD", FOLDER_PASSWORD) : LOGIN);
            assertEquals(0, cli.run("migrate-to", "--database", target), cli.err());
            assertTrue(cli.out().contains("1 张笔记扫描件"), cli.out());
            assertArrayEquals(bytes, serverPage(target, page.storedPath()), "password " + withPassword);
            try (App other = openServer(new DataFolder(dir.resolve("pc-" + withPassword)), choice(target))) {
                Attachment seen = other.notes().attachments(page.noteId()).get(0);
                assertArrayEquals(bytes, new AttachmentStore(other.notes(), other.pages()).read(seen));
            }
        }
    }

    private Attachment addPage(App app) throws Exception {
        long branch = app.branches().all().get(0).id();
        ReadingNote note = app.notes().notes(branch, YEAR).get(0);
        Attachment stored = new AttachmentStore(app.notes(), app.pages()).store(branch, note.id(), scan);
        assertArrayEquals(bytes, new AttachmentStore(app.notes(), app.pages()).read(stored));
        return stored;
    }

    private static ServerChoice choice(String address) {
        return new ServerChoice(ServerAddress.parse(address).orElseThrow(), PgCluster.USER);
    }

    private static App openServer(DataFolder folder, ServerChoice server) throws Exception {
        return App.openServer(folder, DataFolderLock.acquire(folder), server, PgCluster.PASSWORD.toCharArray(), null);
    }

    private static byte[] serverPage(String address, String storedPath) throws Exception {
        try (Connection c = DriverManager.getConnection(PgCluster.jdbc(address), PgCluster.USER, PgCluster.PASSWORD);
             var ps = c.prepareStatement("SELECT content FROM scanned_page WHERE stored_path = ?")) {
            ps.setString(1, storedPath);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no page " + storedPath + " on the server");
                return rs.getBytes(1);
            }
        }
    }

    private static String digest(String address) throws Exception {
        try (Connection c = DriverManager.getConnection(PgCluster.jdbc(address), PgCluster.USER, PgCluster.PASSWORD)) {
            return TableDigest.portable(c);
        }
    }
}
