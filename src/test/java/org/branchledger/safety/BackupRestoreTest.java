package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.branchledger.App;
import org.branchledger.bench.FuzzTrial;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/** backup --out / restore on the command line, and restoring inside a running app. */
@org.junit.jupiter.api.Tag("slow") // file-level: backs up and restores real folders (issue 19: real files for crash, backup and encryption tests; not in the fast group)
class BackupRestoreTest {
    @TempDir
    Path dir;
    Path data;
    CliRun cli;

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "25");
    }

    private List<Path> backups() throws Exception {
        Path b = data.resolve("backups");
        if (!Files.isDirectory(b)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(b)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aDamagedDatabaseFileIsRestoredFromABackupAndKeptAsItWas() throws Exception {
        Path usb = dir.resolve("usb.blbak");
        assertEquals(0, cli.run("backup", "--out", usb.toString()), cli.err());
        String before = FuzzTrial.digest(data);
        byte[] junk = new byte[200_000];
        new java.util.Random(7).nextBytes(junk);
        Files.write(data.resolve("branch-ledger.mv.db"), junk); // a virus, a failing disk

        assertEquals(2, cli.run("members"));
        assertTrue(cli.err().contains("打不开") && cli.err().contains("restore"), cli.err());
        assertFalse(cli.err().contains("密码"), "no password was ever set: " + cli.err());

        assertEquals(2, cli.run("restore", dir.resolve("none.blbak").toString()), "a missing backup changes nothing");
        assertTrue(java.util.Arrays.equals(junk, Files.readAllBytes(data.resolve("branch-ledger.mv.db"))));

        assertEquals(0, cli.run("restore", usb.toString()), cli.err());
        assertEquals(before, FuzzTrial.digest(data), "every table as it was when backed up");
        Path kept;
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            kept = s.filter(p -> p.getFileName().toString().startsWith("unreadable-")).findFirst().orElseThrow();
        }
        assertTrue(java.util.Arrays.equals(junk, Files.readAllBytes(kept.resolve("branch-ledger.mv.db"))),
                "the unreadable file is kept untouched");
        assertTrue(cli.out().contains(kept.getFileName().toString()), cli.out());
    }

    @Test
    void aBackupRestoresTheDataExactlyAndTheReplacedDataIsKept() throws Exception {
        String before = FuzzTrial.digest(data);
        Path file = dir.resolve("U盘").resolve("备份.blbak");
        assertEquals(0, cli.run("backup", "--out", file.toString()), cli.err());
        assertTrue(Files.isRegularFile(file), "written to exactly the file named");
        assertTrue(cli.out().startsWith("已备份到 ") && cli.out().contains("未加密"), cli.out());

        assertEquals(0, cli.run("demo", "--members", "5", "--branch", "乙村党支部"), cli.err());
        String changed = FuzzTrial.digest(data);
        assertNotEquals(before, changed);

        assertEquals(0, cli.run("restore", file.toString()), cli.err());
        assertTrue(cli.out().contains("已从 备份.blbak 恢复数据"), cli.out());
        assertEquals(before, FuzzTrial.digest(data), "every table as it was when backed up");
        assertEquals(0, cli.run("verify"), cli.out());

        List<Path> kept = backups();
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).getFileName().toString().startsWith("restore-replaced-"));
        assertEquals(0, cli.run("restore", kept.get(0).toString()), cli.err());
        assertEquals(changed, FuzzTrial.digest(data), "the replaced data came back from the kept backup");
    }

    @Test
    void aCorruptForeignOrNewerBackupIsRefusedAndNothingIsReplaced() throws Exception {
        Path good = dir.resolve("good.blbak");
        assertEquals(0, cli.run("backup", "--out", good.toString()), cli.err());
        assertEquals(0, cli.run("demo", "--members", "3", "--branch", "乙村党支部"), cli.err());
        String current = FuzzTrial.digest(data);

        Path flipped = dir.resolve("flipped.blbak");
        byte[] bytes = Files.readAllBytes(good);
        bytes[bytes.length / 3] ^= 0x5A;
        Files.write(flipped, bytes);
        Path truncated = dir.resolve("truncated.blbak");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path foreign = dir.resolve("foreign.blbak");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(foreign))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path random = dir.resolve("random.blbak");
        Files.write(random, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Path newer = dir.resolve("newer.blbak");
        rewriteManifest(good, newer, "schemaVersion=", "schemaVersion=999");

        for (Path bad : List.of(flipped, truncated, foreign, random, newer, dir.resolve("missing.blbak"))) {
            assertEquals(2, cli.run("restore", bad.toString()), bad + ": " + cli.out());
            assertTrue(cli.err().startsWith(bad.getFileName().toString() + ": "), cli.err());
            assertTrue(cli.err().contains("未作任何替换") || cli.err().contains("不存在"), cli.err());
            assertFalse(cli.err().contains("Exception"), cli.err());
            assertEquals(current, FuzzTrial.digest(data), bad + " replaced nothing");
        }
        assertTrue(backups().isEmpty(), "nothing was replaced, so nothing was kept");
        assertEquals(2, cli.run("restore", newer.toString()));
        assertTrue(cli.err().contains("较新版本"), cli.err());
    }

    /** Copies a backup with one manifest line changed (its parts and checksums stay right). */
    private static void rewriteManifest(Path from, Path to, String prefix, String line) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream s = in.getInputStream(entry)) {
                    byte[] content = s.readAllBytes();
                    if (entry.getName().equals("manifest.properties")) {
                        String text = new String(content, StandardCharsets.ISO_8859_1).lines()
                                .map(l -> l.startsWith(prefix) ? line : l).reduce("", (a, b) -> a + b + "\n");
                        content = text.getBytes(StandardCharsets.ISO_8859_1);
                    }
                    out.write(content);
                }
            }
        }
    }

    @Test
    void restoringInsideTheRunningAppLeavesItWorkingOnTheRestoredData() throws Exception {
        try (App app = App.open(new DataFolder(data))) {
            Path file = dir.resolve("in-app.blbak");
            app.backups().create(file, Progress.NONE);
            app.branches().create(Branch.named("后来的党支部", BranchKind.COMMUNITY));
            assertEquals(2, app.branches().all().size());
            Backups.Restored r = app.backups().restore(file, null, Progress.NONE);
            assertEquals(List.of("红旗村党支部（示范）"), app.branches().all().stream().map(Branch::name).toList());
            assertTrue(Files.isRegularFile(r.replacedDataKeptIn()));
            app.branches().create(Branch.named("恢复后新建的党支部", BranchKind.COMMUNITY));
            assertEquals(2, app.branches().all().size(), "the restored database takes new work");
            assertTrue(app.auditLog().verify().intact());
        }
    }

    @Test
    void automaticBackupsAreDailyAndTheNewestThirtyAreKept() throws Exception {
        try (App app = App.open(new DataFolder(data))) {
            LocalDate day = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < 33; i++) {
                Clock clock = Clock.fixed(day.plusDays(i).atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault());
                Backups b = new Backups(app.folder(), org.branchledger.AppInternals.database(app), DataKey.none(), new SafetyRepository(), clock);
                assertTrue(b.automatic(Progress.NONE).isPresent(), "day " + i);
                assertFalse(b.automaticDue(), "at most one a day");
                assertTrue(b.automatic(Progress.NONE).isEmpty());
            }
            List<Path> kept = app.backups().automaticBackups();
            assertEquals(Backups.KEEP, kept.size());
            assertTrue(kept.get(0).getFileName().toString().startsWith("branch-ledger-2026-01-04-"), kept.get(0).toString());
            assertTrue(kept.get(29).getFileName().toString().startsWith("branch-ledger-2026-02-02-"));
        }
    }
}
