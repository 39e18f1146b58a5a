package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.branchledger.App;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.PasswordRequiredException;
import org.branchledger.core.db.WrongPasswordException;
import org.branchledger.notes.Attachment;
import org.branchledger.notes.AttachmentStore;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/** The optional password: encrypted database and backups, a hash only, changing and removing it safely. */
@org.junit.jupiter.api.Tag("slow") // file-level: encrypts real files; the password check is slow by design (issue 19: real files for crash, backup and encryption tests; not in the fast group)
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class PasswordTest {
    private static final char[] PW = "红旗村2026".toCharArray();
    private static final char[] PW2 = "another-secret".toCharArray();

    @TempDir
    Path dir;
    Path data;
    DataFolder folder;
    String someName;
    String someId;

    @BeforeEach
    void demo() throws Exception {
        data = dir.resolve("data");
        folder = new DataFolder(data);
        CliRun cli = new CliRun(data);
        DemoCopies.command(data, "--members", "12");
        assertEquals(0, cli.run("members", "--format", "csv"), cli.err());
        String[] first = cli.out().lines().skip(1).findFirst().orElseThrow().split(",");
        someName = first[0];
        someId = cli.out().lines().skip(1).findFirst().orElseThrow().replaceAll(".*?(\\d{17}[\\dX]).*", "$1");
    }

    private static boolean fileContains(Path file, String text) throws Exception {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void withAPasswordTheFileAndBackupsAreEncryptedAndOnlyAHashIsKept() throws Exception {
        Path page = dir.resolve("scan.png");
        Files.write(page, ("PNG personal page of " + someId).getBytes(StandardCharsets.UTF_8));
        Path db = data.resolve("branch-ledger.mv.db");
        try (App app = App.open(folder)) {
            long branch = app.branches().all().get(0).id();
            ReadingNote note = app.notes().notes(branch, java.time.Year.now().getValue()).stream()
                    .filter(n -> n.kind() == NoteKind.NOTE).findFirst().orElseThrow();
            new AttachmentStore(app.notes(), app.pages()).store(branch, note.id(), page);
            app.passwords().change(null, PW);
            assertTrue(app.passwords().hasPassword());
            assertFalse(app.roster().members(branch).isEmpty(), "the app keeps working on the encrypted file");
            app.backups().create(dir.resolve("enc.blbak"), org.branchledger.core.Progress.NONE);
        }
        assertTrue(PasswordService.encrypted(db));
        assertFalse(fileContains(db, someId), "no ID number readable in the database file");
        assertFalse(fileContains(db, someName));
        Path hash = data.resolve(PasswordFile.FILE_NAME);
        String hashFile = Files.readString(hash, StandardCharsets.UTF_8);
        assertFalse(hashFile.contains(new String(PW)));
        assertTrue(hashFile.contains("PBKDF2WithHmacSHA256") && hashFile.contains("salt="), hashFile);

        Path backup = dir.resolve("enc.blbak");
        assertFalse(fileContains(backup, someId), "no ID number readable in the backup");
        assertFalse(fileContains(backup, someName));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry("manifest.properties"))) {
                manifest.load(in);
            }
            assertEquals("true", manifest.getProperty("encrypted"));
            assertEquals(null, manifest.getProperty("branches"), "branch names stay inside when encrypted");
        }

        CliRun cli = new CliRun(data);
        assertEquals(2, cli.run("members"));
        assertTrue(cli.err().contains("BRANCH_LEDGER_PASSWORD"), cli.err());
        assertEquals(2, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", "wrong")).run("members"));
        assertTrue(cli.err().startsWith("密码不对"), cli.err());
        assertFalse(cli.err().contains("Exception"));
        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", new String(PW))).run("members"), cli.err());
        assertTrue(cli.out().contains(someName));
        assertEquals(0, cli.run("verify"), cli.out());

        // the encrypted backup restored into another folder: needs its password, brings the password along
        CliRun other = new CliRun(dir.resolve("other"));
        assertEquals(2, other.run("restore", backup.toString()));
        assertTrue(other.err().contains("设了密码"), other.err());
        assertEquals(2, other.env(Map.of("BRANCH_LEDGER_PASSWORD", "wrong")).run("restore", backup.toString()));
        assertTrue(other.err().contains("密码不对"), other.err());
        assertEquals(0, other.env(Map.of("BRANCH_LEDGER_PASSWORD", new String(PW))).run("restore", backup.toString()),
                other.err());
        assertTrue(Files.exists(dir.resolve("other").resolve(PasswordFile.FILE_NAME)));
        assertEquals(0, other.run("members"), other.err());
        assertTrue(other.out().contains(someName));
        Path restoredPage = Files.walk(dir.resolve("other").resolve("attachments")).filter(Files::isRegularFile)
                .findFirst().orElseThrow();
        assertFalse(fileContains(restoredPage, someId), "the restored page is sealed on disk too");
        assertFalse(restoredPage.toString().contains("scan"), "under a name that is not the scan's: " + restoredPage);
        try (App app = App.open(new DataFolder(dir.resolve("other")), PW)) {
            long branch = app.branches().all().get(0).id();
            List<Attachment> pages = new java.util.ArrayList<>();
            for (ReadingNote n : app.notes().notes(branch, java.time.Year.now().getValue())) {
                pages.addAll(app.notes().attachments(n.id()));
            }
            assertEquals(1, pages.size());
            assertArrayEquals(Files.readAllBytes(page), new AttachmentStore(app.notes(), app.pages()).read(pages.get(0)),
                    "the scanned page decrypted in memory");
        }
    }

    @Test
    void changingAndRemovingThePasswordReEncrypts() throws Exception {
        try (App app = App.open(folder)) {
            app.passwords().change(null, PW);
        }
        assertThrows(PasswordRequiredException.class, () -> App.open(folder).close());
        assertThrows(WrongPasswordException.class, () -> App.open(folder, PW2).close());
        try (App app = App.open(folder, PW)) {
            assertThrows(UserError.class, () -> app.passwords().change(PW2, PW2), "the current password is checked");
            assertThrows(UserError.class, () -> app.passwords().change(PW, "12".toCharArray()), "too short");
            app.passwords().change(PW, PW2);
            assertFalse(app.branches().all().isEmpty());
        }
        assertThrows(WrongPasswordException.class, () -> App.open(folder, PW).close());
        try (App app = App.open(folder, PW2)) {
            app.passwords().change(PW2, null);
            assertFalse(app.passwords().hasPassword());
        }
        assertFalse(PasswordService.encrypted(data.resolve("branch-ledger.mv.db")));
        assertFalse(Files.exists(data.resolve(PasswordFile.FILE_NAME)));
        try (App app = App.open(folder)) {
            assertTrue(app.auditLog().verify().intact());
        }
    }

    @Test
    void aPasswordChangeCutOffHalfWayIsUndoneAtTheNextStart() throws Exception {
        try (App app = App.open(folder)) {
            app.passwords().change(null, PW);
        }
        Path db = data.resolve("branch-ledger.mv.db");
        // as if the power failed after the copy was kept and the file was half re-encrypted
        Files.copy(db, data.resolve("branch-ledger.mv.db.before-password"));
        PasswordFile.of(PW2).write(data.resolve(PasswordFile.FILE_NAME + ".new"));
        Files.write(db, new byte[] {1, 2, 3});
        try (App app = App.open(folder, PW)) {
            assertFalse(app.branches().all().isEmpty(), "the old file and the old password are back");
        }
        assertFalse(Files.exists(data.resolve(PasswordFile.FILE_NAME + ".new")));
        assertFalse(Files.exists(data.resolve("branch-ledger.mv.db.before-password")));
    }
}
