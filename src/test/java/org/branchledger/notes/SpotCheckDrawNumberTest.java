package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 抽查: a short draw number (six digits) that a person can write down and type again to redraw the sample. */
@OnBothEngines
class SpotCheckDrawNumberTest {
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    @Test
    void aNewDrawNumberHasSixDigits() {
        for (int i = 0; i < 200; i++) {
            long n = NotesService.newSeed();
            assertEquals(6, String.valueOf(n).length(), String.valueOf(n));
        }
    }

    @Test
    void aTypedDrawNumberIsReadAsPeopleWriteIt() {
        assertEquals(483920L, NotesService.drawNumber("483920"));
        assertEquals(483920L, NotesService.drawNumber(" 483 920 "));
        assertEquals(483920L, NotesService.drawNumber("４８３９２０"));
        assertEquals(-4_962_768_465_676_381_896L, NotesService.drawNumber("-4962768465676381896"), "an old seed");
        assertNull(NotesService.drawNumber(""));
        assertNull(NotesService.drawNumber("48a920"));
        assertNull(NotesService.drawNumber("99999999999999999999"));
    }

    @Test
    void theDrawNumberTypedAgainRedrawsTheSameSampleAndOldLongSeedsStillWork() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 10, 0, YEAR - 1);
            Member a = app.roster().members(branch.id()).stream().filter(Member::current).findFirst().orElseThrow();
            NotesService notes = app.notes();
            for (int i = 1; i <= 15; i++) {
                notes.save(new ReadingNote(null, branch.id(), a.id(), LocalDate.of(YEAR, 1 + i % 12, i),
                        i % 3 == 0 ? NoteKind.ESSAY : NoteKind.NOTE, "材料" + i, 500 + i, null, null, null, null, null));
            }
            long number = NotesService.newSeed();
            List<Long> drawn = ids(notes.sample(branch.id(), YEAR, number, 5));
            SpotCheck check = notes.recordSpotCheck(branch.id(), YEAR, LocalDate.of(YEAR, 11, 1), "督导组", number, 5,
                    Map.of());
            assertEquals(number, notes.spotCheck(check.id()).seed(), "the short number is what is kept");
            Long typed = NotesService.drawNumber(String.valueOf(number));
            assertEquals(drawn, ids(notes.sample(branch.id(), YEAR, typed, 5)), "typed again: the same notes");
            assertEquals(drawn, ids(notes.reprint(check.id(), YEAR)), "reprinted: the same notes");

            long oldSeed = -4_962_768_465_676_381_896L;
            SpotCheck old = notes.recordSpotCheck(branch.id(), YEAR, LocalDate.of(YEAR, 11, 2), "督导组", oldSeed, 5,
                    Map.of());
            List<Long> oldDrawn = ids(notes.reprint(old.id(), YEAR));
            assertEquals(5, oldDrawn.size());
            assertEquals(oldDrawn, ids(notes.sample(branch.id(), YEAR, NotesService.drawNumber("-4962768465676381896"),
                    5)), "a check recorded with a long seed redraws as before");
            assertTrue(drawn.stream().distinct().count() == 5, drawn.toString());
        }
    }

    private static List<Long> ids(List<ReadingNote> notes) {
        return notes.stream().map(ReadingNote::id).toList();
    }
}
