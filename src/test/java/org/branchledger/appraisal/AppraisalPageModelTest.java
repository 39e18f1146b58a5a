package org.branchledger.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.appraisal.AppraisalPageModel.Move;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberType;
import org.junit.jupiter.api.Test;

/** What the 民主评议 page shows from one round, and what moving between members does, without a window. */
class AppraisalPageModelTest {
    private static final AppraisalRound ROUND = new AppraisalRound(3L, 1, 2026, LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 20), null, null, AppraisalRule.Thresholds.DEFAULT);

    private static MemberAppraisal participant(long id, String name, boolean probationary, AppraisalRule.Tally votes,
                                               AppraisalRule.Mass mass, AppraisalGrade grade) {
        Member m = new Member(id, 1, name, "110105194912310021", "女", "汉族", null, null, null, null, null, null,
                null, null, null, "正常", false, null, false, null, null,
                probationary ? MemberType.PROBATIONARY : MemberType.FULL, false, null, true, null, null);
        AppraisalEntry e = new AppraisalEntry(id * 10, 3, id, null, votes, mass, null, grade, null);
        return new MemberAppraisal(m, probationary, e, AppraisalRule.judge(probationary, votes, mass,
                AppraisalRule.Thresholds.DEFAULT), MemberEvidence.NONE);
    }

    private static final MemberAppraisal ZHANG = participant(7, "张三", false, new AppraisalRule.Tally(2, 9, 0, 0),
            AppraisalRule.Mass.NONE, null);
    private static final MemberAppraisal LI = participant(8, "李四", false, new AppraisalRule.Tally(0, 3, 2, 6),
            new AppraisalRule.Mass(1, 1, 4), AppraisalGrade.FAILED);
    private static final MemberAppraisal WANG = participant(9, "王五", true, AppraisalRule.Tally.NONE,
            AppraisalRule.Mass.NONE, null);

    private static AppraisalSheet sheet(MemberAppraisal... members) {
        return new AppraisalSheet(ROUND, List.of(members),
                List.of(new Rectification(1L, 3, 8, LocalDate.of(2026, 12, 20), "群众满意度低", null, null)), List.of());
    }

    @Test
    void theRoundInNumbersItsWarningsAndItsTabs() {
        AppraisalPageModel model = new AppraisalPageModel();
        MemberAppraisal first = model.show(sheet(ZHANG, LI, WANG), 1);
        assertSame(ZHANG, first);
        assertEquals("2026年度：参评 3 人(正式党员 2 人评定等次，预备党员 1 人不评定)，已评定 1 人。"
                + "评议时间：2026-12-01 至 2026-12-20", model.summary().get());
        assertEquals(List.of(LI), model.followUps(), "graded 不合格");
        assertEquals("整改事项 (未销号 1 / 共 1)", model.rectificationsTab().get());
        assertEquals("不合格党员处置 (1)", model.followUpsTab().get());
        assertTrue(model.warnings().stream().allMatch(w -> w.startsWith("⚠ ")), model.warnings().toString());
        assertTrue(model.warnings().stream().anyMatch(w -> w.contains("李四")), model.warnings().toString());
        assertEquals("李四", model.nameOf(8));
        assertNull(model.followUpOf(8), "no follow-up recorded yet");
        assertEquals("张三(正式党员)", model.memberTitle().get());
        assertEquals("学时：—\n心得体会：—\n公开承诺：无承诺", model.evidence().get());
        assertTrue(model.showing(1L, 2026).isPresent());
        assertFalse(model.showing(1L, 2025).isPresent(), "another year selected while it loads");
        assertEquals(2026, model.sheetYear());

        model.clear();
        assertEquals("", model.summary().get());
        assertTrue(model.members().isEmpty() && model.warnings().isEmpty());
        assertEquals("请在左侧选择党员", model.memberTitle().get());
        assertTrue(model.noMember().get());
        assertFalse(model.showing(1L, 2026).isPresent());
    }

    @Test
    void theFormInWordsWhileTyping() {
        AppraisalPageModel model = new AppraisalPageModel();
        model.show(sheet(ZHANG, LI, WANG), 1);
        AppraisalFormModel form = model.form();
        assertEquals("合格", model.suggestionLine().get());
        assertEquals("满意度 —", model.satisfactionLine().get());
        assertEquals("未评定", model.gradeChoice().get());
        assertFalse(model.canSave().get(), "nothing changed");
        assertEquals("", model.formStatus().get());

        form.satisfied.set("1");
        form.unsatisfied.set("3");
        assertEquals("满意度 25.0%", model.satisfactionLine().get());
        assertEquals("满意度过低", model.flagsLine().get());
        assertEquals("有未保存的修改", model.formStatus().get());
        assertTrue(model.canSave().get());

        model.gradeChoice().set("优秀");
        assertEquals(AppraisalGrade.EXCELLENT, form.grade.get(), "the box's label is the form's grade");
        assertEquals("理由 (必填)", model.reasonLabel().get());
        assertEquals("评定等次与建议等次(合格)不同，须写明理由", model.reasonError().get());
        assertFalse(model.canSave().get());
        form.reason.set("带头调解矛盾纠纷成效突出");
        assertEquals("", model.reasonError().get());
        assertTrue(model.canSave().get());
        form.grade.set(null);
        assertEquals("未评定", model.gradeChoice().get(), "and the other way");
        assertEquals("理由 / 备注", model.reasonLabel().get());
    }

    @Test
    void aProbationaryMemberVotesButGetsNoGrade() {
        AppraisalPageModel model = new AppraisalPageModel();
        model.show(sheet(ZHANG, LI, WANG), 1);
        assertFalse(model.gradeLocked().get());
        model.load(WANG);
        assertEquals("王五(预备党员：参加评议，不评定等次)", model.memberTitle().get());
        assertTrue(model.gradeLocked().get());
        assertFalse(model.noMember().get(), "the votes can be typed");
    }

    @Test
    void movingToAnotherMemberSavesAChangedRecordOrAsksForItsCorrection() {
        AppraisalPageModel model = new AppraisalPageModel();
        model.show(sheet(ZHANG, LI, WANG), 1);
        assertEquals(Move.STAY, model.moveTo(LI, ZHANG), "back on the member shown");
        assertEquals(Move.SHOW, model.moveTo(ZHANG, LI), "nothing changed");

        model.form().excellent.set("3");
        assertEquals(Move.SAVE_FIRST, model.moveTo(ZHANG, LI));
        model.form().excellent.set("三");
        assertEquals(Move.REFUSE, model.moveTo(ZHANG, LI));
        assertEquals("张三 的评议记录有未改正的错误，请先改正(或改回原来的数字)再换到别的党员。",
                AppraisalPageModel.fixFirst(ZHANG));
        assertEquals(Move.SHOW, model.moveTo(null, LI), "the list read again: nothing was left");
    }

    @Test
    void savingMovesOnToTheNextMemberAndAReloadShowsThem() {
        AppraisalPageModel model = new AppraisalPageModel();
        model.show(sheet(ZHANG, LI, WANG), 1);
        assertEquals(8L, model.nextAfterSave());
        model.load(WANG);
        assertEquals(9L, model.nextAfterSave(), "the last stays");

        assertSame(WANG, model.show(sheet(ZHANG, LI, WANG), 1), "a reload keeps the member shown");
        model.selectAfterLoad(8L);
        assertSame(LI, model.show(sheet(ZHANG, LI, WANG), 1), "the member a save moved on to");
        assertSame(ZHANG, model.show(sheet(ZHANG, WANG), 1), "gone: the first");
        assertNull(model.show(sheet(), 1));
        assertEquals("请在左侧选择党员", model.memberTitle().get());
    }
}
