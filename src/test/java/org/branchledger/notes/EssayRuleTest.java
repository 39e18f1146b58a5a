package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the essay rule (DOMAIN.md §3). */
class EssayRuleTest {
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);

    private static ReadingNote essay(int words, Grade grade, boolean reviewed) {
        return new ReadingNote(null, 1, 1, ON, NoteKind.ESSAY, "心得" + words, words, null, reviewed ? "书记" : null,
                reviewed ? ON.plusDays(2) : null, null, grade);
    }

    @Test
    void aCadreNeedsTwoEssaysOfAtLeast3000Characters() {
        EssayRule.Standing s = EssayRule.judge(true, true, List.of(essay(2999, Grade.GOOD, true),
                essay(3000, Grade.GOOD, true)));
        assertEquals(new EssayRule.Standing(1, 2, EssayRule.Compliance.NO), s, "2999 字 does not count");
        assertEquals(EssayRule.Compliance.YES, EssayRule.judge(true, true,
                List.of(essay(3000, Grade.PASS, true), essay(4500, null, true))).compliance());
    }

    @Test
    void anOrdinaryMemberNeedsOneEssayOfAnyLength() {
        assertEquals(new EssayRule.Standing(1, 1, EssayRule.Compliance.YES),
                EssayRule.judge(false, true, List.of(essay(800, Grade.PASS, true))));
        assertEquals(new EssayRule.Standing(0, 1, EssayRule.Compliance.NO), EssayRule.judge(false, true, List.of()));
    }

    @Test
    void essaysToReviseOrNotYetReviewedDoNotCount() {
        assertEquals(new EssayRule.Standing(0, 1, EssayRule.Compliance.NO),
                EssayRule.judge(false, true, List.of(essay(1500, Grade.REVISE, true))), "需修改");
        assertEquals(new EssayRule.Standing(0, 1, EssayRule.Compliance.NO),
                EssayRule.judge(false, true, List.of(essay(1500, null, false))), "unreviewed");
        assertEquals(new EssayRule.Standing(1, 2, EssayRule.Compliance.NO), EssayRule.judge(true, true,
                List.of(essay(3200, Grade.REVISE, true), essay(3200, null, false), essay(3200, Grade.EXCELLENT, true))));
    }

    @Test
    void notesAreNotEssays() {
        ReadingNote note = new ReadingNote(null, 1, 1, ON, NoteKind.NOTE, "笔记", 5000, null, "书记", ON, null,
                Grade.EXCELLENT);
        assertEquals(EssayRule.Compliance.NO, EssayRule.judge(false, true, List.of(note)).compliance());
    }

    @Test
    void membersWhoCannotWriteAreExempt() {
        assertEquals(new EssayRule.Standing(0, 0, EssayRule.Compliance.EXEMPT), EssayRule.judge(false, false, List.of()));
        assertEquals(new EssayRule.Standing(0, 0, EssayRule.Compliance.EXEMPT), EssayRule.judge(true, false, List.of()));
        assertEquals("免", EssayRule.Compliance.EXEMPT.label());
    }

    @Test
    void typedTextCountsNonWhitespaceCharacters() {
        assertEquals(0, WordCount.of(null));
        assertEquals(0, WordCount.of(" \t\n\u3000"));
        assertEquals(10, WordCount.of("学习 心得，\n体会\u3000abc"));
        assertEquals(3000, WordCount.of("学".repeat(1500) + "\n\n" + "习 ".repeat(1500)));
    }
}
