package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.roster.Member;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** The 批阅登记表 printed and read back; the review queue; spot checks reproducible from their seed. */
@OnBothEngines
class NotesLedgerTest {
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    @Test
    void theLedgerListsEveryNoteItsReviewAndEachMembersStanding() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 10, 0, YEAR - 1); // the demo's own notes go to the year before
            List<Member> members = app.roster().members(branch.id()).stream().filter(Member::current).toList();
            Member a = members.stream().filter(m -> m.canWrite() && !m.leadingCadre()).findFirst().orElseThrow();
            NotesService notes = app.notes();
            ReadingNote essay = notes.save(new ReadingNote(null, branch.id(), a.id(), LocalDate.of(YEAR, 3, 1),
                    NoteKind.ESSAY, "学习贯彻新思想心得", 1800, null, null, null, null, null));
            notes.save(new ReadingNote(null, branch.id(), a.id(), LocalDate.of(YEAR, 3, 20), NoteKind.NOTE,
                    "党章学习笔记", 600, null, null, null, null, null));
            assertEquals(EssayRule.Compliance.NO, standing(notes, branch, a).standing().compliance(), "unreviewed");
            assertEquals(2, standing(notes, branch, a).awaitingReview(), "two waiting");

            // the demo's own unreviewed notes of the year before wait in the same queue: look at this member's
            List<ReviewQueueEntry> queue = notes.reviewQueue(branch.id(), LocalDate.of(YEAR, 3, 22)).stream()
                    .filter(e -> e.note().memberId() == a.id()).toList();
            assertEquals(2, queue.size());
            assertEquals(essay.id(), queue.get(0).note().id(), "oldest first");
            assertTrue(queue.get(0).overdue(), "21 days waiting");
            assertEquals(21, queue.get(0).daysWaiting());
            assertTrue(!queue.get(1).overdue(), "2 days waiting");

            notes.review(essay.id(), "王书记", LocalDate.of(YEAR, 3, 25), "联系实际较好", Grade.GOOD);
            assertEquals(EssayRule.Compliance.YES, standing(notes, branch, a).standing().compliance());
            assertEquals(1, notes.reviewQueue(branch.id(), LocalDate.of(YEAR, 3, 25)).stream()
                    .filter(e -> e.note().memberId() == a.id()).count());

            SpotCheck check = notes.recordSpotCheck(branch.id(), YEAR, LocalDate.of(YEAR, 11, 1), "督导组李组长", 7L, 1,
                    Map.of(essay.id(), "合格", 0L, ""));
            Map<Long, String> results = new HashMap<>();
            check.items().forEach(i -> results.put(i.noteId(), i.result()));

            Path pdf = dir.resolve("批阅.pdf");
            String text = LedgerPdf.print(app, "notes", new LedgerRequest(branch, YEAR, false, null), pdf);
            String flat = text.replaceAll("\\s+", "");
            assertTrue(flat.contains("读书笔记、心得体会批阅登记表"), text);
            assertTrue(flat.contains("学习贯彻新思想心得"), text);
            assertTrue(flat.contains("党章学习笔记"), text);
            assertTrue(flat.contains("王书记"), text);
            assertTrue(flat.contains("联系实际较好"), text);
            assertTrue(flat.contains("抽查结果"), text);
            assertTrue(text.contains(YEAR + "-03-25"), text);
            for (Member m : members) {
                assertTrue(flat.contains(m.name()), m.name());
            }
            long exempt = members.stream().filter(m -> !m.canWrite()).count();
            assertTrue(text.contains("免写 " + exempt + " 人"), text);
            assertTrue(text.contains("达标 1 人"), text);
            if (results.containsKey(essay.id())) {
                assertTrue(flat.contains("合格"), text);
            } else {
                assertTrue(flat.contains("已抽查"), text);
            }
        }
    }

    @Test
    void aSpotCheckSampleIsReproducibleFromItsSeed() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 10, 0, YEAR - 1); // the demo's own notes go to the year before
            List<Member> members = app.roster().members(branch.id());
            NotesService notes = app.notes();
            for (int i = 0; i < 12; i++) {
                Member m = members.get(i % members.size());
                notes.save(new ReadingNote(null, branch.id(), m.id(), LocalDate.of(YEAR, 1 + i % 12, 3),
                        i % 3 == 0 ? NoteKind.ESSAY : NoteKind.NOTE, "材料" + i, 500 + i, null, null, null, null, null));
            }
            List<Long> first = ids(notes.sample(branch.id(), YEAR, 20261101L, 4));
            assertEquals(4, first.size());
            assertEquals(first, ids(notes.sample(branch.id(), YEAR, 20261101L, 4)), "same seed, same sample");
            assertEquals(4, first.stream().distinct().count());

            List<Long> all = ids(notes.notes(branch.id(), YEAR)).stream().sorted().toList();
            List<Long> expected = new ArrayList<>(all);
            java.util.Collections.shuffle(expected, new java.util.Random(20261101L));
            assertEquals(expected.subList(0, 4), first, "ids ascending, shuffled by new Random(seed), first N");

            Map<Long, String> results = new HashMap<>();
            first.forEach(id -> results.put(id, id % 2 == 0 ? "合格" : "字迹潦草，需重抄"));
            SpotCheck check = notes.recordSpotCheck(branch.id(), YEAR, LocalDate.of(YEAR, 11, 1), "督导组", 20261101L,
                    4, results);
            SpotCheck stored = notes.spotCheck(check.id());
            assertEquals(20261101L, stored.seed());
            assertEquals("督导组", stored.checker());
            assertEquals(first, stored.items().stream().map(SpotCheck.Item::noteId).toList());
            assertEquals(results.get(first.get(0)), stored.items().get(0).result());
            assertEquals(first, ids(notes.reprint(check.id(), YEAR)), "reprinted from the seed");
            assertNotEquals(all.subList(0, 4), first, "shuffled, not simply the first notes");
            assertEquals(12, notes.sample(branch.id(), YEAR, 1L, 100).size(), "never more than there are");
        }
    }

    private static MemberNotes standing(NotesService notes, Branch branch, Member m) {
        return notes.standings(branch.id(), YEAR).stream().filter(s -> s.member().id().equals(m.id())).findFirst()
                .orElseThrow();
    }

    private static List<Long> ids(List<ReadingNote> notes) {
        return notes.stream().map(ReadingNote::id).toList();
    }
}
