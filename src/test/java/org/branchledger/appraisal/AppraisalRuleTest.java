package org.branchledger.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchledger.appraisal.AppraisalRule.Judgement;
import org.branchledger.appraisal.AppraisalRule.Mass;
import org.branchledger.appraisal.AppraisalRule.Tally;
import org.branchledger.appraisal.AppraisalRule.Thresholds;
import org.junit.jupiter.api.Test;

/** The appraisal rule at its edges, with the defaults of DOMAIN.md §5 and with changed thresholds. */
class AppraisalRuleTest {
    private static final Thresholds T = Thresholds.DEFAULT;

    private static Judgement full(Tally v, Mass m) {
        return AppraisalRule.judge(false, v, m, T);
    }

    @Test
    void theGradeWithMostVotesIsSuggested() {
        assertEquals("优秀", full(new Tally(10, 9, 1, 0), Mass.NONE).suggestion());
        assertEquals(AppraisalGrade.QUALIFIED, full(new Tally(3, 15, 2, 0), Mass.NONE).grade());
        assertEquals("基本合格", full(new Tally(0, 4, 9, 2), Mass.NONE).suggestion());
    }

    @Test
    void aTieIsNotDecidedByTheProgram() {
        Judgement j = full(new Tally(8, 8, 2, 0), Mass.NONE);
        assertEquals(AppraisalRule.TIE, j.suggestion());
        assertNull(j.grade());
        assertEquals(AppraisalRule.TIE, full(new Tally(0, 0, 5, 5), Mass.NONE).suggestion(), "a tie at the bottom too");
        assertTrue(AppraisalRule.needsReason(j, AppraisalGrade.EXCELLENT), "any grade after a tie needs a reason");
        assertFalse(AppraisalRule.needsReason(j, null));
    }

    @Test
    void probationaryMembersAreNotGraded() {
        Judgement j = AppraisalRule.judge(true, new Tally(3, 0, 0, 10), new Mass(1, 1, 8), T);
        assertEquals(AppraisalRule.NOT_GRADED, j.suggestion());
        assertNull(j.grade());
        assertEquals(List.of(AppraisalRule.FLAG_LOW), j.flags(), "no grade, so no 初步认定不合格; satisfaction still counts");
    }

    @Test
    void noVotesCastSuggestsNothingAndFlagsNothing() {
        Judgement j = full(Tally.NONE, Mass.NONE);
        assertEquals(AppraisalRule.NO_VOTES, j.suggestion());
        assertNull(j.grade());
        assertEquals(List.of(), j.flags());
        assertEquals("", j.flagText());
    }

    @Test
    void moreThanHalfFailVotesFlagsButExactlyHalfDoesNot() {
        assertFalse(full(new Tally(0, 5, 0, 5), Mass.NONE).failFlag(), "exactly half");
        Judgement more = full(new Tally(0, 4, 1, 6), Mass.NONE);
        assertTrue(more.failFlag(), "6 of 11");
        assertEquals("不合格", more.suggestion());
        assertFalse(full(new Tally(2, 3, 0, 4), Mass.NONE).failFlag(), "most votes but not a majority of them");
    }

    @Test
    void satisfactionBelowSixtyPercentFlagsButExactlySixtyDoesNot() {
        assertFalse(full(new Tally(0, 9, 0, 0), new Mass(3, 3, 4)).lowSatisfaction(), "exactly 60 %");
        assertEquals("60.0%", new Mass(3, 3, 4).satisfactionText());
        Judgement low = full(new Tally(0, 9, 0, 0), new Mass(4, 4, 6));
        assertTrue(low.lowSatisfaction(), "57.1 %");
        assertEquals("57.1%", new Mass(4, 4, 6).satisfactionText());
        assertEquals(AppraisalRule.FLAG_LOW, low.flagText());
        assertEquals("83.3%", new Mass(4, 1, 1).satisfactionText(), "one decimal, half up");
        assertEquals("66.7%", new Mass(2, 0, 1).satisfactionText());
    }

    @Test
    void noMassAnswersMeansNoSatisfactionAndNoFlag() {
        assertNull(Mass.NONE.satisfaction());
        assertEquals("—", Mass.NONE.satisfactionText());
        assertFalse(full(new Tally(1, 5, 0, 0), Mass.NONE).lowSatisfaction());
    }

    @Test
    void bothFlagsInOrder() {
        assertEquals("初步认定不合格;满意度过低", full(new Tally(0, 1, 0, 9), new Mass(0, 1, 9)).flagText());
    }

    @Test
    void thresholdsAreConfigurable() {
        Thresholds strict = new Thresholds(Fraction.parse("1/3"), Fraction.parse("80%"), Fraction.parse("25%"));
        assertTrue(AppraisalRule.judge(false, new Tally(0, 6, 0, 4), Mass.NONE, strict).failFlag(), "4 of 10 > 1/3");
        assertTrue(AppraisalRule.judge(false, new Tally(0, 6, 0, 0), new Mass(5, 2, 2), strict).lowSatisfaction(),
                "77.8 % < 80 %");
        assertTrue(AppraisalRule.tooManyExcellent(3, 10, strict));
        assertFalse(AppraisalRule.tooManyExcellent(2, 10, strict));
    }

    @Test
    void aThirdExcellentIsAllowedMoreWarns() {
        assertFalse(AppraisalRule.tooManyExcellent(3, 9, T), "exactly a third");
        assertTrue(AppraisalRule.tooManyExcellent(4, 9, T));
        assertFalse(AppraisalRule.tooManyExcellent(3, 10, T));
        assertTrue(AppraisalRule.tooManyExcellent(4, 10, T));
        assertEquals(3, AppraisalRule.excellentAllowed(11, T));
        assertFalse(AppraisalRule.tooManyExcellent(0, 0, T), "nobody graded");
    }

    @Test
    void fractionsReadAndPrint() {
        assertEquals(new Fraction(3, 5), Fraction.parse("60%"));
        assertEquals(new Fraction(3, 5), Fraction.parse("0.6"));
        assertEquals(new Fraction(1, 2), Fraction.parse(" 2/4 "));
        assertEquals(new Fraction(1, 3), Fraction.parse("1／3"));
        assertEquals("60%", new Fraction(3, 5).text());
        assertEquals("1/3", new Fraction(1, 3).text());
        assertEquals("50%", Fraction.HALF.text());
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("120%"));
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("一半"));
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("1/0"));
    }
}
