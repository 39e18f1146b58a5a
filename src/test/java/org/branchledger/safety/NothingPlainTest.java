package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.branchledger.App;
import org.branchledger.core.FailureLog;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.notes.AttachmentStore;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.branchledger.roster.Member;
import org.branchledger.core.ui.FontSize;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 part 2: with a password, no file anywhere under the data folder holds a member's name, ID number,
 * mobile number or address readable, whatever the program did: scanned pages (one named after a member and
 * holding the member's details as text), a printed ledger, backups (made by hand, daily, before deleting a
 * branch), a password change, a failure logged, the font size. Every byte of every file is read, while the
 * program is open and after it closed, and every file's name too.
 */
@org.junit.jupiter.api.Tag("slow")
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class NothingPlainTest {
    private static final String PW = "红旗村2026";
    private static final String PW2 = "党支部-新密码";

    @TempDir
    Path dir;

    @Test
    void withAPasswordNoFileUnderTheDataFolderHoldsAMembersDetails() throws Exception {
        Path data = dir.resolve("data");
        DataFolder folder = new DataFolder(data);
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "30"), cli.err());
        List<Member> members;
        try (App app = App.open(folder)) {
            long branch = app.branches().all().get(0).id();
            members = app.roster().members(branch);
            storePage(app, branch, members.get(0), 0); // stored plain, sealed by the password set
        }
        Map<String, byte[]> secrets = secrets(members);
        assertTrue(secrets.size() > 60, "names, ID numbers and phones to look for: " + secrets.size());

        assertEquals(0, cli.stdin(PW + "\n").run("password", "set"), cli.err());
        cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW));
        Path outside = dir.resolve("printed");
        Files.createDirectories(outside);
        int year = java.time.Year.now().getValue();
        assertEquals(0, cli.run("ledger", "roster", "--year", String.valueOf(year), "--full-ids", "--out",
                outside.resolve("花名册.pdf").toString()), cli.err()); // a print record in the database
        assertEquals(0, cli.run("backup", "--out", data.resolve("backups").resolve("手动备份.blbak").toString()), cli.err());
        assertEquals(0, cli.run("branch", "add", "后加村党支部"), cli.err());
        assertEquals(0, cli.run("branch", "remove", "后加村党支部", "--confirm", "后加村党支部"), cli.err());

        try (App app = App.open(folder, PW.toCharArray())) {
            long branch = app.branches().all().get(0).id();
            storePage(app, branch, members.get(1), 1); // sealed as it is stored
            app.settings().setFontSize(FontSize.LARGE);
            assertTrue(app.backups().automatic(Progress.NONE).isPresent(), "the daily backup");
            Member m = members.get(2);
            // an unexpected failure, worded as H2 words a failed statement: with its values
            FailureLog.record(folder, new IllegalStateException("Unique index or primary key violation: VALUES ('"
                    + m.name() + "', '" + m.idNumber() + "', '" + m.mobile() + "')"), app.todayClock());
            app.passwords().change(PW.toCharArray(), PW2.toCharArray());
            assertEquals(List.of(), plainIn(data, secrets), "while the program is open");
        }
        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW2)).run("verify"), cli.out() + cli.err());
        assertEquals(List.of(), plainIn(data, secrets), "after closing");
        try (Stream<Path> all = Files.walk(data)) {
            assertEquals(List.of(), all.filter(p -> p.toString().contains("后加村")).toList(),
                    "the backup made before deleting a branch does not name it");
        }
        assertTrue(Files.exists(data.resolve("logs").resolve("error.log")), "the failure was logged, without its words");
    }

    /** A scanned page named after the member, holding the member's details as text, in UTF-8 and UTF-16. */
    private void storePage(App app, long branch, Member m, int which) throws Exception {
        ReadingNote note = app.notes().notes(branch, java.time.Year.now().getValue()).stream()
                .filter(n -> n.kind() == NoteKind.NOTE).toList().get(which);
        Path scan = dir.resolve(m.name() + "的心得体会.png");
        String text = m.name() + " " + m.idNumber() + " " + m.mobile() + " ";
        Files.write(scan, concat(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16LE)));
        new AttachmentStore(app.notes(), app.pages()).store(branch, note.id(), scan);
    }

    /**
     * What must not be readable, by label: every name in UTF-8; ID numbers and phones as ASCII and UTF-16;
     * names and addresses of three or more characters in UTF-16 (both byte orders) and GB18030. A name of two
     * characters is four bytes in those: four given bytes turn up by chance once in some 4 GB of random
     * (encrypted) bytes, so across the many megabytes here a two-character name could be "found" where
     * nothing is written; six bytes do not.
     */
    private static Map<String, byte[]> secrets(List<Member> members) {
        Map<String, byte[]> s = new LinkedHashMap<>();
        List<Charset> wide = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("GB18030"));
        for (Member m : members) {
            s.put(m.name() + " UTF-8", m.name().getBytes(StandardCharsets.UTF_8));
            for (String text : new String[] {m.name(), m.address()}) {
                if (text != null && text.length() >= 3) {
                    s.put(text + " UTF-8", text.getBytes(StandardCharsets.UTF_8));
                    wide.forEach(c -> s.put(text + " " + c.name(), text.getBytes(c)));
                }
            }
            for (String digits : new String[] {m.idNumber(), m.mobile(), m.landline()}) {
                if (digits != null && digits.length() >= 7) {
                    s.put(digits + " ASCII", digits.getBytes(StandardCharsets.US_ASCII));
                    s.put(digits + " UTF-16LE", digits.getBytes(StandardCharsets.UTF_16LE));
                    s.put(digits + " UTF-16BE", digits.getBytes(StandardCharsets.UTF_16BE));
                }
            }
        }
        return s;
    }

    /** Every file under {@code data}, read whole, and every file's path: where a secret is found, and which. */
    private static List<String> plainIn(Path data, Map<String, byte[]> secrets) throws Exception {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(data)) {
            files = all.toList();
        }
        assertTrue(files.size() > 8, files.toString());
        Finder finder = new Finder(secrets);
        for (Path p : files) {
            String rel = data.relativize(p).toString();
            Set<String> inName = finder.in(rel.getBytes(StandardCharsets.UTF_8));
            Set<String> inBytes = finder.in(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            for (String secret : secrets.keySet()) {
                if (inName.contains(secret)) {
                    found.add("the name of " + rel + ": " + secret);
                }
                if (inBytes.contains(secret)) {
                    found.add(rel + ": " + secret);
                }
            }
        }
        return found;
    }

    /**
     * Every secret found anywhere in some bytes, in one pass over them: at each position only the secrets that
     * begin with its two bytes are compared (trying each secret over the whole file took most of this test's 20 s).
     */
    private static final class Finder {
        private final List<List<Map.Entry<String, byte[]>>> byStart = new ArrayList<>(
                java.util.Collections.nCopies(1 << 16, null));

        Finder(Map<String, byte[]> secrets) {
            for (Map.Entry<String, byte[]> secret : secrets.entrySet()) {
                byte[] b = secret.getValue();
                assertTrue(b.length >= 2, secret.getKey());
                int start = (b[0] & 0xff) << 8 | (b[1] & 0xff);
                if (byStart.get(start) == null) {
                    byStart.set(start, new ArrayList<>());
                }
                byStart.get(start).add(secret);
            }
        }

        Set<String> in(byte[] haystack) {
            Set<String> found = new HashSet<>();
            for (int i = 0; i + 1 < haystack.length; i++) {
                List<Map.Entry<String, byte[]>> candidates = byStart.get((haystack[i] & 0xff) << 8 | (haystack[i + 1] & 0xff));
                if (candidates != null) {
                    for (Map.Entry<String, byte[]> secret : candidates) {
                        if (at(haystack, i, secret.getValue())) {
                            found.add(secret.getKey());
                        }
                    }
                }
            }
            return found;
        }

        private static boolean at(byte[] haystack, int i, byte[] needle) {
            if (i + needle.length > haystack.length) {
                return false;
            }
            for (int j = 2; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
