package org.branchledger.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.branchledger.roster.Member;
import org.branchledger.roster.MemberType;
import org.junit.jupiter.api.Test;

/** The 民主评议 form without a window: what the rule makes of the typing, and when it may be saved. */
class AppraisalFormModelTest {

    private static MemberAppraisal participant(boolean probationary, AppraisalEntry entry) {
        Member m = new Member(7L, 1, "张三", "110105194912310021", "女", "汉族", null, null, null, null, null, null,
                null, null, null, "正常", false, null, false, null, null,
                probationary ? MemberType.PROBATIONARY : MemberType.FULL, false, null, true, null, null);
        return new MemberAppraisal(m, probationary, entry, AppraisalRule.judge(probationary, entry.votes(),
                entry.mass(), AppraisalRule.Thresholds.DEFAULT), MemberEvidence.NONE);
    }

    @Test
    void typingUpdatesTheSuggestionAndAReasonIsNeededForAnotherGrade() {
        AppraisalFormModel form = new AppraisalFormModel();
        form.load(participant(false, AppraisalEntry.empty(3, 7)), AppraisalRule.Thresholds.DEFAULT);
        assertEquals("未测评", form.judgement().get().suggestion());
        assertFalse(form.dirty().get());
        form.excellent.set("4");
        form.qualified.set(" 9 ");
        assertEquals("合格", form.judgement().get().suggestion());
        assertTrue(form.dirty().get());
        assertTrue(form.valid().get());
        form.grade.set(AppraisalGrade.EXCELLENT);
        assertTrue(form.reasonRequired().get());
        assertFalse(form.valid().get(), "a differing grade needs a reason");
        form.reason.set("带头作用突出");
        assertTrue(form.valid().get());
        AppraisalEntry e = form.entry();
        assertEquals(new AppraisalRule.Tally(4, 9, 0, 0), e.votes());
        assertEquals(AppraisalGrade.EXCELLENT, e.finalGrade());
        assertEquals("带头作用突出", e.reason());
        assertEquals(3, e.roundId());
    }

    @Test
    void badCountsAndSatisfaction() {
        AppraisalFormModel form = new AppraisalFormModel();
        form.load(participant(false, AppraisalEntry.empty(3, 7)), AppraisalRule.Thresholds.DEFAULT);
        assertEquals("—", form.satisfactionText());
        form.satisfied.set("2");
        form.basicSatisfied.set("1");
        form.unsatisfied.set("3");
        assertEquals("50.0%", form.satisfactionText());
        assertTrue(form.judgement().get().lowSatisfaction());
        form.failed.set("两");
        assertFalse(form.countsError().get().isEmpty());
        assertNull(form.judgement().get());
        assertFalse(form.valid().get());
        form.failed.set("");
        assertTrue(form.valid().get(), "blank counts as 0");
    }

    @Test
    void aProbationaryMemberCannotBeGraded() {
        AppraisalFormModel form = new AppraisalFormModel();
        form.load(participant(true, AppraisalEntry.empty(3, 7)), AppraisalRule.Thresholds.DEFAULT);
        assertEquals("不评定", form.judgement().get().suggestion());
        form.grade.set(AppraisalGrade.QUALIFIED);
        form.reason.set("x");
        assertFalse(form.valid().get());
    }
}
