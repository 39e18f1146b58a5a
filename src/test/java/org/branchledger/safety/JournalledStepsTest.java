package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.FileJournal;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.KillPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/**
 * Every state a kill can leave in a password set / change / remove, a restore and a restore into a damaged
 * folder (decision record 0018): the step runs for real, the folder is copied at every point between two
 * of its writes, and each copy is then started. It must open with the old data and password or the new
 * ones, never a mix, and nothing of the step may be left behind. Also the states a kill cannot make but a
 * disk can: a staged file cut short or changed, a journal that does not check out.
 */
@org.junit.jupiter.api.Tag("slow")
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class JournalledStepsTest {
    private static final char[] PW = "红旗村2026".toCharArray();
    private static final char[] PW2 = "another-secret".toCharArray();

    @TempDir
    Path dir;
    Path data;
    DataFolder folder;
    CliRun cli;
    int members;

    @BeforeEach
    void demo() throws Exception {
        data = dir.resolve("data");
        folder = new DataFolder(data);
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "12");
        members = memberCount(folder, null);
        assertTrue(members >= 12);
    }

    // ---------------------------------------------------------------- password set / change / remove

    @Test
    void aPasswordSetKilledAnywhereLeavesNoPasswordOrTheNewOne() throws Exception {
        passwordStep(null, PW, List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db",
                "in:branch-ledger.mv.db", "in:password.properties", "applied", "finishing"));
    }

    @Test
    void aPasswordChangeKilledAnywhereLeavesTheOldPasswordOrTheNewOne() throws Exception {
        setPassword(PW);
        passwordStep(PW, PW2, List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db",
                "in:branch-ledger.mv.db", "aside:password.properties", "in:password.properties", "applied", "finishing"));
    }

    @Test
    void aPasswordRemovalKilledAnywhereLeavesThePasswordOrNone() throws Exception {
        setPassword(PW);
        passwordStep(PW, null, List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db",
                "in:branch-ledger.mv.db", "aside:password.properties", "applied", "finishing"));
    }

    private void passwordStep(char[] from, char[] to, List<String> points) throws Exception {
        Map<String, Path> kills;
        try (App app = App.open(folder, from)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.passwords().change(from, to));
        }
        assertEquals(points, List.copyOf(kills.keySet()));
        boolean committed = false;
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            committed |= kill.getKey().equals("committed");
            expectState(kill.getValue(), committed ? to : from, kill.getKey());
        }
        expectState(data, to, "finished");
    }

    @Test
    void aStagedFileCutShortBeforeTheCommitIsThrownAwayAndTheOldPasswordStays() throws Exception {
        Map<String, Path> kills;
        try (App app = App.open(folder)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.passwords().change(null, PW));
        }
        Path copy = kills.get("prepared");
        Path staged = copy.resolve("journal-staging/branch-ledger.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(staged.toFile(), "rw")) {
            f.setLength(f.length() / 2); // as a kill in the middle of the copy leaves it
        }
        expectState(copy, null, "staged file half copied");
    }

    @Test
    void aStagedFileThatNoLongerMatchesItsChecksumIsNeverMovedInAndTheOldDataStays() throws Exception {
        Map<String, Path> kills;
        try (App app = App.open(folder)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.passwords().change(null, PW));
        }
        for (String point : List.of("committed", "aside:branch-ledger.mv.db")) {
            Path copy = kills.get(point);
            Path staged = copy.resolve("journal-staging/branch-ledger.mv.db");
            try (RandomAccessFile f = new RandomAccessFile(staged.toFile(), "rw")) {
                f.seek(f.length() - 100);
                int b = f.read();
                f.seek(f.length() - 100);
                f.write(b ^ 0xff); // a disk fault after the commit
            }
            assertEquals(FileJournal.Recovery.ROLLED_BACK, FileJournal.recover(copy), point);
            expectState(copy, null, point + " with a damaged staged file");
        }
    }

    @Test
    void aJournalThatDoesNotCheckOutPutsBackWhatWasMovedAsideAndTouchesNothingElse() throws Exception {
        Map<String, Path> kills;
        try (App app = App.open(folder)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.passwords().change(null, PW));
        }
        Path copy = kills.get("aside:branch-ledger.mv.db");
        Path journal = copy.resolve(FileJournal.FILE_NAME);
        Files.writeString(journal, Files.readString(journal).replace("state=COMMITTED", "state=APPLIED"));
        assertEquals(FileJournal.Recovery.ROLLED_BACK, FileJournal.recover(copy));
        expectState(copy, null, "damaged journal");
    }

    @Test
    void aJournalNeverFinishedWritingIsIgnored() throws Exception {
        Map<String, Path> kills;
        try (App app = App.open(folder)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.passwords().change(null, PW));
        }
        // killed while the first journal was being written: only its temporary file exists
        Path copy = kills.get("begun");
        Files.move(copy.resolve(FileJournal.FILE_NAME), copy.resolve(FileJournal.FILE_NAME + ".tmp"));
        expectState(copy, null, "half-written journal");
    }

    @Test
    void aStepThatFailsAfterItsCommitIsUndoneAndAKillWhileUndoingIsFinishedAtStart() throws Exception {
        Map<String, Path> kills = new java.util.LinkedHashMap<>();
        try (App app = App.open(folder)) {
            org.branchledger.core.db.StepWatch.watch(point -> {
                if (point.startsWith("back:")) {
                    Path copy = dir.resolve("kills").resolve(point.replace(':', '-'));
                    try {
                        KillPoints.copyTree(data, copy);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    kills.put(point, copy);
                }
                if (point.equals("applied")) {
                    throw new IllegalStateException("the new file did not open"); // as a failed reopen would
                }
            });
            try {
                assertThrows(IllegalStateException.class, () -> app.passwords().change(null, PW));
            } finally {
                org.branchledger.core.db.StepWatch.watch(null);
            }
            assertFalse(app.passwords().hasPassword());
            assertFalse(app.branches().all().isEmpty(), "the old file is open again");
        }
        assertEquals(List.of("back:branch-ledger.mv.db", "back:password.properties"), List.copyOf(kills.keySet()));
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            expectState(kill.getValue(), null, "killed while undoing, " + kill.getKey());
        }
        expectState(data, null, "undone in the running program");
    }

    private void setPassword(char[] pw) throws Exception {
        try (App app = App.open(folder)) {
            app.passwords().change(null, pw);
        }
    }

    /** The folder starts with {@code password} (null: none), all the members, nothing of the step left. */
    private void expectState(Path copy, char[] password, String where) throws Exception {
        DataFolder f = new DataFolder(copy);
        assertEquals(members, memberCount(f, password), where);
        assertEquals(password != null, App.hasPassword(f), where);
        assertEquals(password != null, PasswordService.encrypted(copy.resolve("branch-ledger.mv.db")), where);
        if (password != null) {
            char[] other = java.util.Arrays.equals(password, PW) ? PW2 : PW;
            assertThrows(org.branchledger.core.db.WrongPasswordException.class, () -> App.open(f, other).close(), where);
        }
        assertEquals(List.of(), KillPoints.leftovers(copy), where);
    }

    private static int memberCount(DataFolder f, char[] password) throws Exception {
        try (App app = App.open(f, password)) {
            int n = 0;
            for (Branch b : app.branches().all()) {
                n += app.roster().members(b.id()).size();
            }
            return n;
        }
    }

    // ---------------------------------------------------------------- restore

    @Test
    void aRestoreKilledAnywhereLeavesTheDataBeforeOrTheBackupsNeverAMix() throws Exception {
        Path usb = dir.resolve("usb.blbak");
        assertEquals(0, cli.run("backup", "--out", usb.toString()), cli.err());
        Set<String> backupBranches = branchNames(data);
        assertEquals(0, cli.run("branch", "add", "后加村党支部"), cli.err());
        Path extraPage = data.resolve("attachments/extra/scan.png");
        Files.createDirectories(extraPage.getParent());
        Files.write(extraPage, new byte[] {1, 2, 3});
        Set<String> liveBranches = branchNames(data);
        Map<String, Path> kills;
        try (App app = App.open(folder)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.backups().restore(usb, null, Progress.NONE));
        }
        assertEquals(List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db", "in:branch-ledger.mv.db",
                "aside:attachments/extra/scan.png", "applied", "finishing"), List.copyOf(kills.keySet()));
        boolean committed = false;
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            committed |= kill.getKey().equals("committed");
            Path copy = kill.getValue();
            assertEquals(committed ? backupBranches : liveBranches, branchNames(copy), kill.getKey());
            assertEquals(!committed, Files.exists(copy.resolve("attachments/extra/scan.png")), kill.getKey());
            assertEquals(List.of(), KillPoints.leftovers(copy), kill.getKey());
        }
        assertEquals(backupBranches, branchNames(data));
    }

    @Test
    void aRestoreIntoADamagedFolderKilledAnywhereKeepsTheDamagedFileOrHasTheBackupAndKeepsIt() throws Exception {
        Path usb = dir.resolve("usb.blbak");
        assertEquals(0, cli.run("backup", "--out", usb.toString()), cli.err());
        Set<String> backupBranches = branchNames(data);
        byte[] damaged = new byte[200_000];
        new java.util.Random(7).nextBytes(damaged); // a virus, a failing disk
        Files.write(data.resolve("branch-ledger.mv.db"), damaged);
        Map<String, Path> kills = KillPoints.during(data, dir.resolve("kills"),
                () -> assertEquals(0, cli.run("restore", usb.toString()), cli.err()));
        assertEquals(List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db", "in:branch-ledger.mv.db",
                "applied", "finishing"), List.copyOf(kills.keySet()));
        boolean committed = false;
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            committed |= kill.getKey().equals("committed");
            Path copy = kill.getValue();
            FileJournal.recover(copy);
            if (committed) {
                assertEquals(backupBranches, branchNames(copy), kill.getKey());
                assertArrayEquals(damaged, Files.readAllBytes(unreadableKept(copy)), kill.getKey());
            } else {
                assertArrayEquals(damaged, Files.readAllBytes(copy.resolve("branch-ledger.mv.db")), kill.getKey());
            }
            assertEquals(List.of(), KillPoints.leftovers(copy), kill.getKey());
        }
    }

    private static Path unreadableKept(Path data) throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            Path kept = s.filter(p -> p.getFileName().toString().startsWith("unreadable-")).findFirst().orElseThrow();
            return kept.resolve("branch-ledger.mv.db");
        }
    }

    private static Set<String> branchNames(Path data) throws Exception {
        try (App app = App.open(new DataFolder(data))) {
            Set<String> names = new TreeSet<>();
            app.branches().all().forEach(b -> names.add(b.name()));
            return names;
        }
    }

    // ---------------------------------------------------------------- leftovers and damaged backups

    @Test
    void killedBackupsLeftoversAreRemovedAtStartAndNothingElse() throws Exception {
        Files.write(data.resolve("h2backup8213912839123.zip"), new byte[] {'P', 'K'});
        Files.write(data.resolve("temp.db"), new byte[100]);
        Files.write(data.resolve("password.properties.tmp"), new byte[10]);
        Files.createDirectories(data.resolve("backups"));
        Files.write(data.resolve("backups/支部台账.blbak.part"), new byte[10]);
        Files.write(data.resolve("h2backup-说明.txt"), new byte[] {1}); // not a name we make
        Files.write(data.resolve("backups/old.blbak"), new byte[] {1});
        try (App app = App.open(folder)) {
            assertFalse(app.branches().all().isEmpty());
        }
        assertEquals(List.of(), KillPoints.leftovers(data));
        assertFalse(Files.exists(data.resolve("backups/支部台账.blbak.part")));
        assertTrue(Files.exists(data.resolve("h2backup-说明.txt")), "a file we did not make stays");
        assertTrue(Files.exists(data.resolve("backups/old.blbak")));
    }

    @Test
    void aBackupWhoseDatabaseIsDamagedIsRefusedAsDamagedNotAsAWrongPassword() throws Exception {
        refusedAsDamaged(null);
    }

    @Test
    void anEncryptedBackupWhoseDatabaseIsDamagedToo() throws Exception {
        setPassword(PW);
        cli.env(Map.of("BRANCH_LEDGER_PASSWORD", new String(PW)));
        refusedAsDamaged(PW);
    }

    private void refusedAsDamaged(char[] password) throws Exception {
        Path good = dir.resolve("good.blbak");
        assertEquals(0, cli.run("backup", "--out", good.toString()), cli.err());
        Path bad = dir.resolve("damaged.blbak");
        damageDatabasePart(good, bad);
        Set<String> before = branchNames(data, password);

        assertEquals(2, cli.run("restore", bad.toString()));

        assertTrue(cli.err().contains("damaged.blbak") && cli.err().contains("已损坏"), cli.err());
        assertFalse(cli.err().contains("密码不对"), cli.err());
        assertEquals(before, branchNames(data, password), "nothing replaced");
        assertEquals(List.of(), KillPoints.leftovers(data));
    }

    private static Set<String> branchNames(Path data, char[] password) throws Exception {
        try (App app = App.open(new DataFolder(data), password)) {
            Set<String> names = new TreeSet<>();
            app.branches().all().forEach(b -> names.add(b.name()));
            return names;
        }
    }

    /**
     * A backup whose database file was damaged before it was packed (so every checksum fits): the file's
     * second half overwritten, the manifest made again for it.
     */
    private static void damageDatabasePart(Path from, Path to) throws Exception {
        BackupManifest m;
        try (InputStream in = Files.newInputStream(from);
             java.util.zip.ZipFile zip = new java.util.zip.ZipFile(from.toFile())) {
            m = BackupManifest.read(zip.getInputStream(zip.getEntry(BackupManifest.ENTRY)));
            Map<String, ManifestParts.Part> parts = new java.util.LinkedHashMap<>();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
                for (String name : m.parts().keySet()) {
                    byte[] bytes = zip.getInputStream(zip.getEntry(name)).readAllBytes();
                    if (name.equals(BackupArchive.DB_PART)) {
                        for (int i = 4096; i < bytes.length; i++) {
                            bytes[i] = (byte) (i * 31);
                        }
                    }
                    parts.put(name, BackupArchive.write(out, name, new java.io.ByteArrayInputStream(bytes), null));
                }
                BackupManifest damaged = new BackupManifest(m.format(), m.appVersion(), m.schemaVersion(), m.created(),
                        m.encrypted(), m.branches(), m.members(), m.auditEntries(), parts, m.keySalt(), m.auditHead(), m.tablesDigest());
                out.putNextEntry(new java.util.zip.ZipEntry(BackupManifest.ENTRY));
                damaged.write(out);
                out.closeEntry();
            }
        }
    }
}
