package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.branchledger.testing.DayClock;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** A pledge from promise to verdict on a real database, "today" moved by hand: statuses, refusals, results, flags. */
@OnBothEngines
class PledgeLifecycleTest {
    private static final int YEAR = 2030; // the demo's own pledges are in another year

    @TempDir
    Path dir;

    @Test
    void aPledgeGoesThroughEveryStepAndItsStatusFollows() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 8, 0, 2029);
            Member a = app.roster().members(branch.id()).stream().filter(Member::current).findFirst().orElseThrow();
            DayClock today = DayClock.on(LocalDate.of(YEAR, 2, 1));
            PledgeService s = new PledgeService(org.branchledger.AppInternals.database(app), new PledgeRepository(), new MemberRepository(), today);

            Pledge p = s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.SERVE, "关爱帮扶岗",
                    "每月走访联系的 3 户困难群众，帮助解决实际困难", "每月第一周入户", a.name(), null,
                    LocalDate.of(YEAR, 2, 1)));
            assertEquals(PledgeStatus.UNPUBLISHED, status(s, branch, p));
            assertEquals(YEAR, p.year(), "no deadline, not published: the year it was pledged");

            s.approve(p.id(), LocalDate.of(YEAR, 2, 10), "2月支部党员大会");
            UserError refused = assertThrows(UserError.class, () -> s.publish(p.id(), LocalDate.of(YEAR, 2, 12)));
            assertTrue(refused.getMessage().contains("没有完成时限的承诺不能公示"), refused.getMessage());
            assertNull(s.pledge(p.id()).publishedOn(), "nothing written");
            assertThrows(UserError.class, () -> s.addProgress(p.id(), LocalDate.of(YEAR, 2, 12), "已走访"),
                    "progress only after 示诺");

            s.save(s.pledge(p.id()).withTerms(a.id(), PledgeCategory.SERVE, "关爱帮扶岗", p.content(), p.measures(),
                    a.name(), LocalDate.of(YEAR, 6, 30), p.pledgedOn()));
            assertEquals(LocalDate.of(YEAR, 2, 10), s.pledge(p.id()).approvedOn(), "editing keeps the steps");
            assertThrows(UserError.class, () -> s.publish(p.id(), LocalDate.of(YEAR, 2, 9)), "before 审诺");
            s.publish(p.id(), LocalDate.of(YEAR, 2, 12));
            assertEquals(PledgeStatus.IN_PROGRESS, status(s, branch, p));
            s.addProgress(p.id(), LocalDate.of(YEAR, 3, 5), "已走访 3 户，帮助办理医保");
            s.addProgress(p.id(), LocalDate.of(YEAR, 4, 2), "帮助 1 户申请临时救助");
            assertEquals(2, s.views(branch.id(), YEAR).stream().filter(v -> v.pledge().id().equals(p.id()))
                    .findFirst().orElseThrow().progress().size());

            today.set(LocalDate.of(YEAR, 6, 30));
            assertEquals(PledgeStatus.IN_PROGRESS, status(s, branch, p), "the deadline day itself is not overdue");
            today.set(LocalDate.of(YEAR, 7, 1));
            assertEquals(PledgeStatus.OVERDUE, status(s, branch, p));
            PledgeService.Flags flags = s.flags(branch.id());
            assertTrue(flags.overdue().stream().anyMatch(v -> v.pledge().id().equals(p.id())), "flagged on 首页");
            assertTrue(flags.overdue().stream().allMatch(v -> v.pledge().deadline().isBefore(today.day())
                    && v.pledge().verdict() == null && v.pledge().publishedOn() != null), "only overdue open ones");

            assertThrows(UserError.class, () -> s.explain(p.id(), LocalDate.of(YEAR, 7, 8), "原因"), "not evaluated yet");
            s.report(p.id(), LocalDate.of(YEAR, 7, 5), "7月主题党日上报告");
            s.evaluate(p.id(), Verdict.KEPT, LocalDate.of(YEAR, 7, 6), 955);
            assertEquals(PledgeStatus.KEPT, status(s, branch, p));
            assertThrows(UserError.class, () -> s.explain(p.id(), LocalDate.of(YEAR, 7, 8), "原因"), "kept: nothing to explain");
            s.evaluate(p.id(), Verdict.NOT_KEPT, LocalDate.of(YEAR, 7, 6), null);
            s.explain(p.id(), LocalDate.of(YEAR, 7, 8), "外出务工，未能按期完成，已向群众说明");
            Pledge done = s.pledge(p.id());
            assertEquals(PledgeStatus.NOT_KEPT, done.status(today.day()));
            assertEquals("外出务工，未能按期完成，已向群众说明", done.explanation());
            assertEquals(YEAR, done.year(), "the year of its 公示日期");
            assertTrue(s.flags(branch.id()).overdue().stream().noneMatch(v -> v.pledge().id().equals(p.id())));
        }
    }

    @Test
    void theServiceRefusesTheStepsThePageGreysOut() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 8, 0, 2029);
            Member a = app.roster().members(branch.id()).stream().filter(Member::current).findFirst().orElseThrow();
            PledgeService s = new PledgeService(org.branchledger.AppInternals.database(app), new PledgeRepository(), new MemberRepository(),
                    DayClock.on(LocalDate.of(YEAR, 9, 1)));
            long id = published(s, branch, a, "每月走访困难群众 3 户", LocalDate.of(YEAR, 6, 30));
            UserError approve = assertThrows(UserError.class, () -> s.approve(id, LocalDate.of(YEAR, 2, 20), "会议"));
            assertEquals("这项承诺已于 " + YEAR + "-02-15 公示，不能再审诺", approve.getMessage());
            assertThrows(UserError.class, () -> s.publish(id, LocalDate.of(YEAR, 3, 1)), "published once");
            assertEquals(LocalDate.of(YEAR, 2, 15), s.pledge(id).publishedOn(), "nothing written");
            s.evaluate(id, Verdict.KEPT, LocalDate.of(YEAR, 7, 1), null);
            UserError progress = assertThrows(UserError.class,
                    () -> s.addProgress(id, LocalDate.of(YEAR, 7, 2), "又走访 1 户"));
            assertEquals("这项承诺已评诺(已兑现)，不能再登记进展", progress.getMessage());
            assertTrue(s.progressOf(id).isEmpty());
            s.report(id, LocalDate.of(YEAR, 7, 3), "补述");
            assertEquals(LocalDate.of(YEAR, 7, 3), s.pledge(id).reportedOn(), "述诺 may follow 评诺, as before");
        }
    }

    @Test
    void memberResultsCountEachMembersPledgesOfTheYearByStatus() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 8, 0, 2029);
            List<Member> members = app.roster().members(branch.id()).stream().filter(Member::current).toList();
            Member a = members.get(1);
            Member b = members.get(2);
            PledgeService s = new PledgeService(org.branchledger.AppInternals.database(app), new PledgeRepository(), new MemberRepository(),
                    DayClock.on(LocalDate.of(YEAR, 9, 1)));
            long kept = published(s, branch, a, "带动 5 户村民发展大棚蔬菜种植", LocalDate.of(YEAR, 5, 31));
            s.evaluate(kept, Verdict.KEPT, LocalDate.of(YEAR, 6, 5), null);
            long partly = published(s, branch, a, "协助调解邻里纠纷 3 起", LocalDate.of(YEAR, 6, 30));
            s.evaluate(partly, Verdict.PARTLY_KEPT, LocalDate.of(YEAR, 7, 5), 700);
            published(s, branch, a, "参加夜间巡逻每月 2 次", LocalDate.of(YEAR, 8, 31)); // overdue on 9-1
            published(s, branch, a, "清理河道垃圾 6 次", LocalDate.of(YEAR, 12, 31)); // in progress
            s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.STUDY, null, "撰写心得 2 篇", null, null,
                    LocalDate.of(YEAR, 11, 30), null)); // unpublished, belongs to the deadline's year
            s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.STUDY, null, "撰写心得 3 篇", null, null,
                    LocalDate.of(YEAR + 1, 3, 31), null)); // next year's
            long notKept = published(s, branch, b, "为留守老人代办事项 10 件", LocalDate.of(YEAR, 4, 30));
            s.evaluate(notKept, Verdict.NOT_KEPT, LocalDate.of(YEAR, 5, 3), null);
            s.save(Pledge.draft(branch.id(), null, PledgeCategory.RESULTS, null, "硬化村内道路 1.2 公里", null, "书记",
                    LocalDate.of(YEAR, 10, 31), null)); // the branch's own: not a member's result

            Map<Long, MemberPledgeResults> results = s.memberResults(branch.id(), YEAR);
            assertEquals(Map.of(a.id(), new MemberPledgeResults(5, 1, 1, 0, 1, 1, 1),
                    b.id(), new MemberPledgeResults(1, 0, 0, 1, 0, 0, 0)), results);
            assertEquals(1, s.memberResults(branch.id(), YEAR + 1).get(a.id()).unpublished());
            assertTrue(s.memberResults(branch.id(), YEAR - 5).isEmpty());
        }
    }

    @Test
    void aBranchWithoutALeadersCommentInSixMonthsIsFlagged() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().create(new Branch(null, "新村党支部", org.branchledger.core.branch.BranchKind.VILLAGE,
                    "城关镇党委", null, null, null));
            DayClock today = DayClock.on(LocalDate.of(YEAR, 9, 1));
            PledgeService s = new PledgeService(org.branchledger.AppInternals.database(app), new PledgeRepository(), new MemberRepository(), today);
            assertTrue(s.flags(branch.id()).commentDue(), "never commented");
            assertNull(s.flags(branch.id()).lastComment());
            s.addComment(branch.id(), LocalDate.of(YEAR, 2, 28), "镇党委副书记 张建国", "承诺要具体");
            assertTrue(s.flags(branch.id()).commentDue(), "more than six months ago");
            s.addComment(branch.id(), LocalDate.of(YEAR, 3, 1), "镇党委书记 刘志强", "进展较好");
            assertFalse(s.flags(branch.id()).commentDue(), "exactly six months ago counts");
            assertEquals(LocalDate.of(YEAR, 3, 1), s.flags(branch.id()).lastComment());
            today.set(LocalDate.of(YEAR, 9, 2));
            assertTrue(s.flags(branch.id()).commentDue());
            assertThrows(UserError.class, () -> s.addComment(branch.id(), LocalDate.of(YEAR, 9, 2), " ", "内容"));
        }
    }

    @Test
    void vagueOrShortContentGetsAGentleWarning() {
        assertTrue(PledgeWording.warnings("带动 5 户村民发展大棚蔬菜种植").isEmpty());
        List<String> vague = PledgeWording.warnings("做一名合格党员");
        assertEquals(2, vague.size(), vague.toString());
        assertTrue(vague.get(0).contains("较短"));
        assertTrue(vague.get(1).contains("看得见"));
        assertEquals(1, PledgeWording.warnings("进一步增强党性修养，始终牢记宗旨意识，做合格的共产党员").size(), "long but vague");
        assertEquals(1, PledgeWording.warnings("走访困难户").size(), "short but concrete");
        assertTrue(PledgeWording.warnings("").isEmpty());
    }

    @Test
    void satisfactionIsReadAsAPercentageAndPrintedWithOneDecimal() {
        assertEquals(950, Satisfaction.parse("95%", false));
        assertEquals(955, Satisfaction.parse("95.5", false));
        assertEquals(955, Satisfaction.parse("0.955", true));
        assertEquals(900, Satisfaction.parse("0.9", false));
        assertEquals(1000, Satisfaction.parse("100％", false));
        assertThrows(IllegalArgumentException.class, () -> Satisfaction.parse("120%", false));
        assertThrows(IllegalArgumentException.class, () -> Satisfaction.parse("满意", false));
        assertEquals("95.5%", Satisfaction.format(955));
        assertEquals("100.0%", Satisfaction.format(1000));
        assertEquals("", Satisfaction.format(null));
    }

    private static long published(PledgeService s, Branch branch, Member m, String content, LocalDate deadline) {
        Pledge p = s.save(Pledge.draft(branch.id(), m.id(), PledgeCategory.SERVE, null, content, null, m.name(),
                deadline, LocalDate.of(YEAR, 2, 1)));
        s.publish(p.id(), LocalDate.of(YEAR, 2, 15));
        return p.id();
    }

    private static PledgeStatus status(PledgeService s, Branch branch, Pledge p) {
        return s.views(branch.id(), YEAR).stream().filter(v -> v.pledge().id().equals(p.id())).findFirst()
                .orElseThrow().status();
    }
}
