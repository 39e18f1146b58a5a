package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.FileCipher;
import org.branchledger.core.db.FileKey;
import org.branchledger.core.db.ScannedPages;
import org.branchledger.notes.Attachment;
import org.branchledger.notes.AttachmentStore;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.branchledger.roster.Member;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.KillPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/**
 * Issue 17 part 2: the scanned pages go with the password. A password set seals every page with the folder's
 * key (under a name that says nothing), a change seals them again, a removal opens them, all in the same
 * journalled step as the database; and a folder from before decision record 0021 (unsalted key, plain pages)
 * moves to a salted key at its first open. Each step runs for real, the folder is copied at every point
 * between two of its writes, and each copy is started: the old password with the old files or the new
 * with the new, every page whole and readable, nothing plain left beside a password.
 */
@org.junit.jupiter.api.Tag("slow")
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class PagesAndKeyStepsTest {
    private static final char[] PW = "红旗村2026".toCharArray();
    private static final char[] PW2 = "another-secret".toCharArray();

    @TempDir
    Path dir;
    Path data;
    DataFolder folder;
    int members;
    /** Stored path → the page's bytes as chosen. */
    final Map<String, byte[]> pages = new LinkedHashMap<>();
    String memberName;

    @BeforeEach
    void demoWithPages() throws Exception {
        data = dir.resolve("data");
        folder = new DataFolder(data);
        CliRun cli = new CliRun(data);
        DemoCopies.command(data, "--members", "8");
        try (App app = App.open(folder)) {
            long branch = app.branches().all().get(0).id();
            List<Member> roster = app.roster().members(branch);
            members = roster.size();
            memberName = roster.get(0).name();
            List<ReadingNote> notes = app.notes().notes(branch, java.time.Year.now().getValue()).stream()
                    .filter(n -> n.kind() == NoteKind.NOTE).toList();
            AttachmentStore store = new AttachmentStore(app.notes(), app.pages());
            for (int i = 0; i < 2; i++) {
                Member m = roster.get(i);
                Path scan = dir.resolve(m.name() + "的笔记.png");
                Files.write(scan, ("PNG 第" + i + "页 " + m.name() + " " + m.idNumber()).getBytes(StandardCharsets.UTF_8));
                Attachment a = store.store(branch, notes.get(i).id(), scan);
                pages.put(a.storedPath(), Files.readAllBytes(scan));
            }
        }
        assertEquals(2, pages.size());
    }

    @Test
    void aPasswordSetSealsEveryPageAndAKillAnywhereLeavesThemPlainOrSealed() throws Exception {
        List<String> points = passwordStep(null, PW);
        assertEquals(2, points.stream().filter(p -> p.startsWith("aside:attachments/")).count(), points.toString());
        assertEquals(2, points.stream().filter(p -> p.matches("in:attachments/[0-9a-f]{32}\\.blpage")).count(),
                points.toString());
    }

    @Test
    void aPasswordChangeSealsThemAgainWithTheNewKey() throws Exception {
        setPassword(PW);
        List<String> points = passwordStep(PW, PW2);
        assertEquals(2, points.stream().filter(p -> p.matches("aside:attachments/[0-9a-f]{32}\\.blpage")).count());
        assertEquals(2, points.stream().filter(p -> p.matches("in:attachments/[0-9a-f]{32}\\.blpage")).count());
    }

    @Test
    void aPasswordRemovalOpensThemUnderTheirOwnNamesAgain() throws Exception {
        setPassword(PW);
        List<String> points = passwordStep(PW, null);
        for (String stored : pages.keySet()) {
            assertTrue(points.contains("in:" + stored), points.toString());
        }
    }

    /** Runs the step, starts a copy taken at each point, and returns the points in order. */
    private List<String> passwordStep(char[] from, char[] to) throws Exception {
        Map<String, Path> kills;
        try (App app = App.open(folder, from)) {
            kills = KillPoints.during(data, dir.resolve("kills"), () -> app.passwords().change(from, to));
        }
        List<String> points = List.copyOf(kills.keySet());
        assertEquals("begun", points.get(0));
        assertEquals(List.of("applied", "finishing"), points.subList(points.size() - 2, points.size()));
        boolean committed = false;
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            committed |= kill.getKey().equals("committed");
            expectState(kill.getValue(), committed ? to : from, kill.getKey());
        }
        expectState(data, to, "finished");
        return points;
    }

    @Test
    void aSealedPageTheKeyDoesNotOpenStopsAChangeBeforeAnythingIsTouched() throws Exception {
        setPassword(PW);
        Path foreign = data.resolve(ScannedPages.FOLDER).resolve("0123456789abcdef0123456789abcdef.blpage");
        try (var out = Files.newOutputStream(foreign)) {
            FileCipher.seal(FileKey.derive("其他文件夹的密码".toCharArray(), FileKey.newSalt(), 1000), "attachments/9/x.png",
                    new java.io.ByteArrayInputStream(new byte[10]), out);
        }
        try (App app = App.open(folder, PW)) {
            UserError e = assertThrows(UserError.class, () -> app.passwords().change(PW, PW2));
            assertTrue(e.getMessage().contains("0123456789abcdef0123456789abcdef.blpage"), e.getMessage());
            assertTrue(app.passwords().hasPassword());
        }
        Files.delete(foreign);
        expectState(data, PW, "refused");
    }

    // ---------------------------------------------------------------- the legacy key

    @Test
    void aFolderOnTheLegacyKeyMovesToASaltedOneAtItsFirstOpenAndAKillAnywhereIsFinishedOrUndone() throws Exception {
        LegacyFolders.make(data, PW);
        assertTrue(PasswordFile.read(data.resolve(PasswordFile.FILE_NAME)).legacyKey());
        Map<String, Path> kills = KillPoints.during(data, dir.resolve("kills"), () -> App.open(folder, PW).close());
        List<String> points = List.copyOf(kills.keySet());
        assertEquals("begun", points.get(0));
        assertTrue(points.contains("aside:password.properties") && points.contains("in:branch-ledger.mv.db"), points.toString());
        assertEquals(2, points.stream().filter(p -> p.matches("in:attachments/[0-9a-f]{32}\\.blpage")).count());
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            // before the commit the start undoes the step and the open does it again; after it, finishes it
            expectState(kill.getValue(), PW, kill.getKey());
            assertFalse(PasswordFile.read(kill.getValue().resolve(PasswordFile.FILE_NAME)).legacyKey(), kill.getKey());
        }
        expectState(data, PW, "moved");
        assertFalse(PasswordFile.read(data.resolve(PasswordFile.FILE_NAME)).legacyKey());
        String file = Files.readString(data.resolve(PasswordFile.FILE_NAME));
        assertTrue(file.contains("fileSalt=") && file.contains("fileIterations=210000"), file);
        assertThrows(org.branchledger.core.db.WrongPasswordException.class, () -> App.open(folder, PW2).close());
    }

    @Test
    void aBackupMadeOnTheLegacyKeyStillRestoresAndTheRestoredDataMovesToASaltedKey() throws Exception {
        LegacyFolders.make(data, PW);
        Path old = dir.resolve("old.blbak");
        LegacyFolders.backup(folder, PW, old);
        BackupManifest m = BackupArchive.inspect(old, PW);
        assertEquals(1, m.format());
        assertTrue(m.keySalt() != null, "pages sealed with the backup's own key, as before 0021");

        // into a folder of its own, and over a folder with another password
        Path other = dir.resolve("other");
        CliRun cli = new CliRun(other).env(Map.of("BRANCH_LEDGER_PASSWORD", new String(PW)));
        assertEquals(0, cli.run("restore", old.toString()), cli.err());
        expectState(other, PW, "restored into a new folder");
        assertFalse(PasswordFile.read(other.resolve(PasswordFile.FILE_NAME)).legacyKey());

        Path third = dir.resolve("third");
        CliRun c3 = new CliRun(third);
        assertEquals(0, c3.run("demo", "--members", "3"), c3.err());
        assertEquals(0, c3.stdin(new String(PW2) + "\n").run("password", "set"), c3.err());
        try (App app = App.open(new DataFolder(third), PW2)) {
            app.backups().restore(old, PW, org.branchledger.core.Progress.NONE);
            assertFalse(app.branches().all().isEmpty());
            assertArrayEquals(pages.values().iterator().next(), app.pages().read(pages.keySet().iterator().next()),
                    "the running program reads the restored pages");
        }
        expectState(third, PW, "restored over a folder with a password");
        assertFalse(PasswordFile.read(third.resolve(PasswordFile.FILE_NAME)).legacyKey());
    }

    @Test
    void aBackupOfASealedFolderHoldsThePagesSealedAndRestoresThem() throws Exception {
        setPassword(PW);
        Path usb = dir.resolve("usb.blbak");
        try (App app = App.open(folder, PW)) {
            app.backups().create(usb, org.branchledger.core.Progress.NONE);
        }
        BackupManifest m = BackupArchive.inspect(usb, PW);
        assertEquals(BackupManifest.FORMAT, m.format());
        assertEquals(null, m.keySalt());
        assertTrue(m.parts().keySet().stream().filter(p -> p.startsWith("data/attachments/"))
                .allMatch(p -> p.matches("data/attachments/[0-9a-f]{32}\\.blpage")), m.parts().keySet().toString());
        String raw = new String(Files.readAllBytes(usb), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(new String(memberName.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));

        Path other = dir.resolve("other");
        CliRun cli = new CliRun(other).env(Map.of("BRANCH_LEDGER_PASSWORD", new String(PW)));
        assertEquals(0, cli.run("restore", usb.toString()), cli.err());
        expectState(other, PW, "restored");
    }

    @Test
    void aPageWhoseNameHasDotsOrAColonGoesThroughEveryStep() throws Exception {
        Path scan = dir.resolve("心得..第1:2页.png");
        Files.write(scan, "PNG dots".getBytes(StandardCharsets.UTF_8));
        try (App app = App.open(folder)) {
            long branch = app.branches().all().get(0).id();
            ReadingNote note = app.notes().notes(branch, java.time.Year.now().getValue()).get(3);
            Attachment a = new AttachmentStore(app.notes(), app.pages()).store(branch, note.id(), scan);
            assertEquals("心得..第1:2页.png", a.fileName(), "shown as chosen");
            assertEquals("attachments/" + note.id() + "/心得..第1_2页.png", a.storedPath(), "stored as Windows allows");
            pages.put(a.storedPath(), Files.readAllBytes(scan));
        }
        setPassword(PW);
        expectState(data, PW, "set");
        Path usb = dir.resolve("usb.blbak");
        try (App app = App.open(folder, PW)) {
            app.backups().create(usb, org.branchledger.core.Progress.NONE);
            app.passwords().change(PW, null);
        }
        expectState(data, null, "removed");
        CliRun other = new CliRun(dir.resolve("other")).env(Map.of("BRANCH_LEDGER_PASSWORD", new String(PW)));
        assertEquals(0, other.run("restore", usb.toString()), other.err());
        expectState(dir.resolve("other"), PW, "restored");
    }

    // ---------------------------------------------------------------- helpers

    private void setPassword(char[] pw) throws Exception {
        try (App app = App.open(folder)) {
            app.passwords().change(null, pw);
        }
    }

    /**
     * The folder starts with {@code password} (null: none), has every member and every page, readable
     * through the program with the same bytes as chosen; with a password every page on disk is sealed under
     * a name that is not its own, without one every page is plain under its own; nothing of a step is left.
     */
    private void expectState(Path copy, char[] password, String where) throws Exception {
        DataFolder f = new DataFolder(copy);
        try (App app = App.open(f, password)) {
            int n = 0;
            for (var b : app.branches().all()) {
                n += app.roster().members(b.id()).size();
            }
            assertEquals(members, n, where);
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                assertArrayEquals(page.getValue(), app.pages().read(page.getKey()), where + ": " + page.getKey());
            }
        }
        assertEquals(password != null, App.hasPassword(f), where);
        List<String> files = ScannedPages.all(copy);
        assertEquals(pages.size(), files.size(), where + ": " + files);
        for (String file : files) {
            Path p = copy.resolve(file);
            assertEquals(password != null, FileCipher.sealed(p), where + ": " + file);
            if (password != null) {
                assertTrue(file.matches("attachments/[0-9a-f]{32}\\.blpage"), where + ": " + file);
                assertFalse(contains(p, memberName), where + ": " + file);
            } else {
                assertTrue(pages.containsKey(file), where + ": " + file);
            }
        }
        try (var all = Files.walk(copy.resolve(ScannedPages.FOLDER))) {
            List<String> dirs = new ArrayList<>();
            all.filter(Files::isDirectory).forEach(d -> dirs.add(copy.relativize(d).toString()));
            if (password != null) {
                assertEquals(List.of("attachments"), dirs, where + ": the notes' folders go with their pages");
            }
        }
        assertEquals(List.of(), KillPoints.leftovers(copy), where);
    }

    private static boolean contains(Path file, String text) throws Exception {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
