package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.testing.CliRun;
import org.branchledger.App;
import org.branchledger.notes.AttachmentStore;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 part 2: what lies in the data folder besides the (encrypted) database is protected too. */
@org.junit.jupiter.api.Tag("slow") // file-level: encrypts and seals a real folder (issue 19: real files for crash, backup and encryption tests; not in the fast group)
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class FolderProtectionTest {
    @TempDir
    Path dir;

    private static List<Path> traceFiles(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".trace.db")).toList();
        }
    }

    @Test
    void aFailedStatementLeavesNoPlainTraceFileAndAnOldOneIsRemovedAtOpen() throws Exception {
        // The control: H2's default writes the failed statement, with its values, into a plain trace file.
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain.resolve("x").toAbsolutePath(), "sa", "")) {
            assertThrows(java.sql.SQLException.class,
                    () -> c.createStatement().execute("INSERT INTO no_such_table VALUES ('张三丰')"));
        }
        assertEquals(1, traceFiles(plain).size(), "without the setting H2 writes a trace file");

        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "5"), cli.err());
        Files.writeString(data.resolve("branch-ledger.trace.db"), "INSERT INTO member VALUES ('张三丰')");
        assertEquals(0, cli.run("members"), cli.err());
        assertEquals(List.of(), traceFiles(data), "a trace file an older build left is deleted at open");

        try (Database db = Database.open(new DataFolder(data))) {
            assertThrows(RuntimeException.class,
                    () -> db.dsl().execute("INSERT INTO no_such_table VALUES ('张三丰')"));
            assertThrows(RuntimeException.class,
                    () -> db.dsl().execute("INSERT INTO member (id) VALUES ('not a number 张三丰')"));
        }
        assertEquals(List.of(), traceFiles(data));
    }

    /** Every folder below {@code root} (itself included) that is not 0700 and every file that is not 0600. */
    private static List<String> notOwnersOnly(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> {
                try {
                    var perms = Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    return !perms.equals(Files.isDirectory(p) ? org.branchledger.core.db.Permissions.FOLDER
                            : org.branchledger.core.db.Permissions.FILE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> root.relativize(p) + " " + permString(p)).toList();
        }
    }

    private static String permString(Path p) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    @Test
    void onPosixTheDataFolderIsTheOwnersOnlyAfterDemoBackupAndAPage() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path data = dir.resolve("data");
        // What an older build left: world-readable files and folders, as a umask of 022 makes them.
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs").resolve("error.log"), "old");
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("logs").resolve("error.log"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "5"), cli.err());
        assertEquals(0, cli.run("backup", "--out", data.resolve("backups").resolve("mine.blbak").toString()), cli.err());
        Path outside = dir.resolve("usb");
        Files.createDirectories(outside);
        assertEquals(0, cli.run("backup", "--out", outside.resolve("copy.blbak").toString()), cli.err());

        Path page = dir.resolve("scan.png");
        Files.writeString(page, "PNG page");
        Files.setPosixFilePermissions(page, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        try (App app = App.open(new DataFolder(data))) {
            long branch = app.branches().all().get(0).id();
            ReadingNote note = app.notes().notes(branch, java.time.Year.now().getValue()).stream()
                    .filter(n -> n.kind() == NoteKind.NOTE).findFirst().orElseThrow();
            new AttachmentStore(app.notes(), app.pages()).store(branch, note.id(), page);
            app.backups().create(app.backups().backupFolder().resolve("with-page.blbak"), org.branchledger.core.Progress.NONE);
            // written while the folder is open, after the walk at open: set one by one
            assertEquals(List.of(), notOwnersOnly(data));
        }
        try (Stream<Path> s = Files.walk(data)) {
            assertTrue(s.anyMatch(p -> p.toString().contains("attachments") && Files.isRegularFile(p)), "a page was stored");
        }
        assertTrue(Files.exists(data.resolve("backups").resolve("mine.blbak")));
        assertTrue(Files.exists(data.resolve("branch-ledger.mv.db")));
        assertEquals(List.of(), notOwnersOnly(data));
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(outside.resolve("copy.blbak")), "a backup written elsewhere is the owner's only");
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"),
                Files.getPosixFilePermissions(outside), "a folder the user chose is left as it is");
    }

    @Test
    void anUnencryptedBackupIsNotRestoredOverAPasswordUntilThePasswordIsRemoved() throws Exception {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "5"), cli.err());
        Path plain = dir.resolve("plain.blbak");
        assertEquals(0, cli.run("backup", "--out", plain.toString()), cli.err());
        assertEquals(0, cli.stdin("红旗村2026\n").run("password", "set"), cli.err());
        cli.stdin("").env(java.util.Map.of("BRANCH_LEDGER_PASSWORD", "红旗村2026"));
        assertEquals(0, cli.run("members", "--format", "csv"), cli.err());
        String members = cli.out();
        Path db = data.resolve("branch-ledger.mv.db");
        List<Path> filesBefore;
        try (Stream<Path> s = Files.walk(data)) {
            filesBefore = s.sorted().toList();
        }

        assertEquals(2, cli.run("restore", plain.toString()));
        assertTrue(cli.err().contains("这份备份没有加密，而当前数据设有密码") && cli.err().contains("password remove")
                && cli.err().contains("password set"), cli.err());
        assertTrue(PasswordService.encrypted(db), "the database stays encrypted");
        assertTrue(PasswordFile.exists(data), "the password stays");
        try (Stream<Path> s = Files.walk(data)) {
            assertEquals(filesBefore, s.sorted().toList(),
                    "no file came or went (not even a backup of the replaced data): nothing began");
        }
        assertTrue(Files.notExists(data.resolve(org.branchledger.core.db.FileJournal.FILE_NAME)), "no journal left");
        assertEquals(2, cli.env(java.util.Map.of()).run("members"), "still asks for the password");
        cli.env(java.util.Map.of("BRANCH_LEDGER_PASSWORD", "红旗村2026"));
        assertEquals(0, cli.run("members", "--format", "csv"), cli.err());
        assertEquals(members, cli.out());

        // The way the message names: remove the password, then the restore goes through.
        assertEquals(0, cli.run("password", "remove"), cli.err());
        assertEquals(0, cli.env(java.util.Map.of()).run("restore", plain.toString()), cli.err());
        assertTrue(!PasswordFile.exists(data) && !PasswordService.encrypted(db));
        assertEquals(0, cli.run("members", "--format", "csv"), cli.err());
        assertEquals(members, cli.out());
    }
}
