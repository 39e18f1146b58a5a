package org.branchledger.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.notes.EssayRule;
import org.branchledger.notes.MemberNotes;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.branchledger.notes.ReviewQueueEntry;
import org.branchledger.notes.SpotCheck;
import org.branchledger.roster.Member;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** The demo's reading notes and essays: the essay rule's cases, reviews, waiting ones, a spot check. */
@OnBothEngines
class DemoNotesTest {
    private static final int YEAR = 2025;
    private static final String NAME = "红旗村党支部（示范）";

    @TempDir
    Path dir;

    private static List<String> snapshot(App app, long branchId) {
        Map<Long, Member> members = app.roster().members(branchId).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<Long, ReadingNote> byId = app.notes().notes(branchId, YEAR).stream()
                .collect(Collectors.toMap(ReadingNote::id, Function.identity()));
        List<String> out = new ArrayList<>();
        byId.values().forEach(n -> out.add(members.get(n.memberId()).idNumber() + " " + n.writtenOn() + " "
                + n.kind() + " " + n.title() + " " + n.wordCount() + " " + n.reviewer() + " " + n.reviewedOn() + " "
                + n.reviewComment() + " " + n.grade()));
        out.sort(null);
        SpotCheck c = app.notes().spotCheck(1);
        out.add(c.checkedOn() + " " + c.checker() + " " + c.seed() + " " + c.sampleSize());
        c.items().forEach(i -> out.add(byId.get(i.noteId()).title() + " " + i.result()));
        return out;
    }

    @Test
    void theSameArgumentsGiveTheSameNotes() throws Exception {
        List<String> first;
        List<String> second;
        try (App app = TestApps.open(dir.resolve("a"))) {
            first = snapshot(app, app.demo().create(NAME, 30, 20, YEAR).branch().id());
        }
        try (App app = TestApps.open(dir.resolve("b"))) {
            second = snapshot(app, app.demo().create(NAME, 30, 20, YEAR).branch().id());
        }
        assertTrue(first.size() > 40, "notes and essays: " + first.size());
        assertEquals(first, second);
    }

    @Test
    void aRealisticYearOfNotes() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.demo().create(NAME, 40, YEAR).branch();
            long id = branch.id();
            List<ReadingNote> notes = app.notes().notes(id, YEAR);
            Map<Long, List<ReadingNote>> byMember = notes.stream()
                    .collect(Collectors.groupingBy(ReadingNote::memberId));
            List<Member> roster = app.roster().members(id);
            assertTrue(roster.stream().anyMatch(m -> m.current() && !m.canWrite()), "the demo has exempt members");
            assertTrue(roster.stream().anyMatch(m -> m.current() && m.leadingCadre()), "the demo has cadres");
            for (Member m : roster) {
                List<ReadingNote> own = byMember.getOrDefault(m.id(), List.of());
                if (!m.canWrite() || !m.current()) {
                    assertEquals(List.of(), own, "none for " + m.name());
                } else if (m.leadingCadre()) {
                    long essays = own.stream().filter(n -> n.kind() == NoteKind.ESSAY).count();
                    assertTrue(essays >= 2 && essays <= 4, m.name() + " essays " + essays);
                }
            }
            List<ReadingNote> cadreEssays = notes.stream().filter(n -> n.kind() == NoteKind.ESSAY)
                    .filter(n -> roster.stream().anyMatch(m -> m.id() == n.memberId() && m.leadingCadre())).toList();
            assertTrue(cadreEssays.stream().filter(n -> n.wordCount() >= EssayRule.CADRE_MIN_WORDS).count()
                    > cadreEssays.size() / 2, "cadres' essays are mostly long");
            for (ReadingNote n : notes) {
                assertFalse(n.writtenOn().isAfter(LocalDate.of(YEAR, 12, 31)));
                if (n.reviewed()) {
                    assertNotNull(n.grade());
                    assertFalse(n.reviewedOn().isBefore(n.writtenOn()));
                    assertFalse(n.reviewedOn().isAfter(LocalDate.of(YEAR, 12, 31)));
                } else {
                    assertNull(n.reviewer());
                }
            }
            assertTrue(notes.stream().filter(ReadingNote::reviewed).count() > notes.size() * 0.7, "most reviewed");
            assertTrue(notes.stream().filter(ReadingNote::reviewed)
                    .allMatch(n -> n.reviewer().equals(branch.secretary()) || isSecretary(n, roster, branch)),
                    "the secretary reviews");
            List<ReviewQueueEntry> queue = app.notes().reviewQueue(id, LocalDate.of(YEAR + 1, 1, 1));
            assertFalse(queue.isEmpty(), "some wait for review");
            assertTrue(queue.stream().anyMatch(ReviewQueueEntry::overdue), "some overdue");

            Set<EssayRule.Compliance> verdicts = app.notes().standings(id, YEAR).stream()
                    .map(s -> s.standing().compliance()).collect(Collectors.toSet());
            assertEquals(Set.of(EssayRule.Compliance.values()), verdicts);

            List<SpotCheck> checks = List.of(app.notes().spotCheck(1));
            SpotCheck c = checks.get(0);
            assertEquals("镇党委督导组", c.checker());
            assertEquals(5, c.items().size());
            assertEquals(c.items().stream().map(SpotCheck.Item::noteId).toList(),
                    app.notes().reprint(c.id(), YEAR).stream().map(ReadingNote::id).toList(), "the seed redraws it");
            c.items().forEach(i -> assertFalse(i.result() == null || i.result().isBlank()));
        }
    }

    /** The secretary's own notes are reviewed by someone else. */
    private static boolean isSecretary(ReadingNote n, List<Member> roster, Branch branch) {
        return roster.stream().anyMatch(m -> m.id() == n.memberId() && m.name().equals(branch.secretary()));
    }

    @Test
    void thisYearStopsYesterday() throws Exception {
        int year = LocalDate.now().getYear();
        try (App app = TestApps.open(dir.resolve("now"))) {
            long id = app.demo().create(NAME, 30, 20, year).branch().id();
            LocalDate yesterday = LocalDate.now().minusDays(1);
            for (ReadingNote n : app.notes().notes(id, year)) {
                assertFalse(n.writtenOn().isAfter(yesterday), n.toString());
                assertTrue(n.reviewedOn() == null || !n.reviewedOn().isAfter(yesterday), n.toString());
            }
        }
    }

    @Test
    void theNotesCommandShowsEveryVerdict() {
        CliRun cli = new CliRun(dir.resolve("cli"));
        assertEquals(0, cli.run("demo", "--members", "36", "--year", String.valueOf(YEAR)));
        assertTrue(cli.out().contains("读书笔记") && cli.out().contains("心得体会"), cli.out());
        assertEquals(0, cli.run("notes", "--year", String.valueOf(YEAR)));
        String out = cli.out();
        for (String verdict : List.of(",是,", ",否,", ",免,")) {
            assertTrue(out.contains(verdict), verdict + " in\n" + out);
        }
    }

    @Test
    void exemptMembersHaveNone() throws Exception {
        try (App app = TestApps.open(dir.resolve("exempt"))) {
            long id = app.demo().create(NAME, 25, 10, YEAR).branch().id();
            for (MemberNotes s : app.notes().standings(id, YEAR)) {
                if (!s.member().canWrite()) {
                    assertEquals(0, s.notes() + s.essays(), s.member().name());
                    assertEquals(EssayRule.Compliance.EXEMPT, s.standing().compliance());
                }
            }
        }
    }
}
