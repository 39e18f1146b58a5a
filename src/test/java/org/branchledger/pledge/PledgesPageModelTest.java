package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.branchledger.pledge.PledgeSteps.Step;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;

/** What the 公开承诺 page shows from one load, without a window. */
class PledgesPageModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final Member ZHANG = member(7, "张三");
    private static final Member LI = member(8, "李四");

    static Member member(long id, String name) {
        return new Member(id, 1, name, "11010519491231002X", "女", null, null, null, null, null, null, null, null, null,
                null, "正常", false, null, false, null, null, null, false, null, true, null, null);
    }

    private static PledgeView view(Pledge p, long id, Member m) {
        Pledge stored = p.withId(id);
        return new PledgeView(stored, m == null ? null : m.name(), stored.status(TODAY), List.of());
    }

    private static final Pledge ROAD = Pledge.draft(1, null, PledgeCategory.RESULTS, null, "硬化村内道路 1.2 公里",
            null, "书记", LocalDate.of(2026, 10, 31), LocalDate.of(2026, 2, 1)).published(LocalDate.of(2026, 3, 1));
    private static final Pledge VAGUE = Pledge.draft(1, 7L, PledgeCategory.INTEGRITY, null, "做一名合格党员", null,
            null, null, LocalDate.of(2026, 2, 1));
    private static final Pledge LATE = Pledge.draft(1, 7L, PledgeCategory.SERVE, null, "走访困难户 3 户，帮助办理医保",
            null, null, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 2, 1)).published(LocalDate.of(2026, 3, 1));
    private static final Pledge FAILED = Pledge.draft(1, 8L, PledgeCategory.DISCIPLINE, null, "协助调解邻里纠纷 3 起",
            null, null, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 2, 1)).published(LocalDate.of(2026, 3, 1))
            .evaluated(Verdict.NOT_KEPT, LocalDate.of(2026, 7, 5), null);

    private static PledgesPageModel.Data data(List<PledgeView> views, List<LeaderComment> comments,
                                              LocalDate lastComment, boolean due) {
        PledgeService.Overview o = new PledgeService.Overview(views, comments,
                List.of(new ActivityRecord(1L, 1, 8, LocalDate.of(2026, 5, 1), "义务劳动", null, null)),
                new PledgeService.Flags(lastComment, due, List.of()));
        return new PledgesPageModel.Data(1, 2026, o, List.of(ZHANG, LI));
    }

    private final List<PledgeView> views = List.of(view(ROAD, 1, null), view(VAGUE, 2, ZHANG), view(LATE, 3, ZHANG),
            view(FAILED, 4, LI));

    @Test
    void theYearInNumbersTheTabsAndTheFirstPledgeSelected() {
        PledgesPageModel model = new PledgesPageModel();
        PledgeView first = model.show(data(views, List.of(), null, true));
        assertEquals("2026年度：承诺 4 项(支部 1 项，党员 3 项)；未公示 1，进行中 1，逾期 1，已兑现 0，部分兑现 0，未兑现 1",
                model.summary().get());
        assertSame(views.get(0), first);
        assertSame(first, model.selected().get());
        assertEquals(4, model.pledges().size());
        assertEquals("领导点评 (0)", model.commentsTab().get());
        assertEquals("活动记实 (1)", model.activitiesTab().get());
        assertEquals("李四", model.memberName(8));
        assertEquals("", model.memberName(99), "not on the roster");
        assertTrue(model.commentFlag().get().startsWith("还没有领导点评"));
        assertTrue(model.commentDue().get());

        model.show(data(views, List.of(new LeaderComment(1L, 1, LocalDate.of(2026, 8, 1), "镇党委书记", "较好")),
                LocalDate.of(2026, 8, 1), false));
        assertEquals("最近一次领导点评：2026-08-01", model.commentFlag().get());
        assertFalse(model.commentDue().get());
        assertEquals("领导点评 (1)", model.commentsTab().get());
    }

    @Test
    void theSelectedPledgesLifeAndItsStepsAsThePageOffersThem() {
        PledgesPageModel model = new PledgesPageModel();
        assertEquals("请在左边选择一项承诺。承诺的各个环节(审诺、示诺、登记进展、述诺、评诺、说明)用上方的按钮办理。",
                model.detailHead().get());
        for (Step s : Step.values()) {
            assertFalse(model.offered(s).get(), s + " without a pledge");
        }
        model.show(data(views, List.of(), null, true));

        model.selected().set(views.get(1)); // 未公示, no deadline, vague
        assertEquals("张三　带头弘扬正气　状态：未公示", model.detailHead().get());
        assertTrue(model.detailWarning().get().startsWith("提示："), model.detailWarning().get());
        assertTrue(model.detailBody().get().contains("完成时限：未填写（不能公示）"), model.detailBody().get());
        assertOffered(model, Step.EDIT, Step.APPROVE, Step.PUBLISH);
        assertEquals(Optional.of("没有完成时限的承诺不能公示。请先在“编辑”中填写完成时限。"), model.refusal(Step.PUBLISH),
                "示诺 offered, and asking for it says what to write first");
        assertEquals(Optional.empty(), model.refusal(Step.APPROVE));

        model.selected().set(views.get(2)); // 逾期
        assertEquals("", model.detailWarning().get(), "concrete enough");
        assertOffered(model, Step.EDIT, Step.PROGRESS, Step.REPORT, Step.EVALUATE);

        model.selected().set(views.get(3)); // 未兑现
        assertOffered(model, Step.EDIT, Step.REPORT, Step.EVALUATE, Step.EXPLAIN);
        assertTrue(model.detailBody().get().contains("说明：尚未公开说明未兑现的原因"));
        assertSame(LI, model.selectedMember());
        model.selected().set(views.get(0));
        assertNull(model.selectedMember(), "the branch's own pledge");
    }

    @Test
    void aReloadKeepsTheSelectionOrSelectsThePledgeJustSaved() {
        PledgesPageModel model = new PledgesPageModel();
        model.show(data(views, List.of(), null, true));
        model.selected().set(views.get(2));
        PledgeView again = model.show(data(views, List.of(), null, true));
        assertEquals(3L, again.pledge().id(), "the same pledge after a reload");

        model.selectAfterLoad(4L);
        assertEquals(4L, model.show(data(views, List.of(), null, true)).pledge().id(), "the one a form just saved");
        model.selected().set(views.get(1));
        assertEquals(2L, model.show(data(views, List.of(), null, true)).pledge().id(), "asked once only");

        List<PledgeView> without = List.of(views.get(0), views.get(3));
        assertEquals(1L, model.show(data(without, List.of(), null, true)).pledge().id(), "gone: the first");
        assertNull(model.show(data(List.of(), List.of(), null, true)));
        assertEquals("请在左边选择一项承诺。承诺的各个环节(审诺、示诺、登记进展、述诺、评诺、说明)用上方的按钮办理。",
                model.detailHead().get());
    }

    @Test
    void whatIsShownIsOfOneBranchAndYearUntilCleared() {
        PledgesPageModel model = new PledgesPageModel();
        assertFalse(model.showing(1L, 2026));
        model.show(data(views, List.of(), null, true));
        assertTrue(model.showing(1L, 2026));
        assertFalse(model.showing(1L, 2025), "another year selected while it loads");
        assertFalse(model.showing(2L, 2026));
        assertFalse(model.showing(null, 2026));
        model.clear();
        assertFalse(model.showing(1L, 2026));
        assertEquals("", model.summary().get());
        assertTrue(model.pledges().isEmpty() && model.activities().isEmpty());
        assertEquals("活动记实 (0)", model.activitiesTab().get());
    }

    @Test
    void rowsAreColouredByStatus() {
        assertNull(PledgesPageModel.rowStyle(views.get(0)), "进行中");
        assertEquals("unpublished-row", PledgesPageModel.rowStyle(views.get(1)));
        assertEquals("overdue-row", PledgesPageModel.rowStyle(views.get(2)));
        assertEquals("notkept-row", PledgesPageModel.rowStyle(views.get(3)));
        Pledge partly = LATE.evaluated(Verdict.PARTLY_KEPT, LocalDate.of(2026, 7, 5), null);
        assertEquals("notkept-row", PledgesPageModel.rowStyle(view(partly, 5, ZHANG)));
        assertNull(PledgesPageModel.rowStyle(view(LATE.evaluated(Verdict.KEPT, LocalDate.of(2026, 7, 5), null), 6,
                ZHANG)), "已兑现");
        assertTrue(PledgesPageModel.ROW_STYLES.containsAll(List.of("overdue-row", "notkept-row", "unpublished-row")));
    }

    private static void assertOffered(PledgesPageModel model, Step... steps) {
        List<Step> expected = List.of(steps);
        for (Step s : Step.values()) {
            assertEquals(expected.contains(s), model.offered(s).get(), s.toString());
        }
    }
}
