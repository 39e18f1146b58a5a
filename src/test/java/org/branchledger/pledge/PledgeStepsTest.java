package org.branchledger.pledge;

import static org.branchledger.pledge.PledgeSteps.Reason.DATE_BEFORE;
import static org.branchledger.pledge.PledgeSteps.Reason.EVALUATED;
import static org.branchledger.pledge.PledgeSteps.Reason.NOTHING_TO_EXPLAIN;
import static org.branchledger.pledge.PledgeSteps.Reason.NOT_PUBLISHED;
import static org.branchledger.pledge.PledgeSteps.Reason.NO_DEADLINE;
import static org.branchledger.pledge.PledgeSteps.Reason.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.pledge.PledgeSteps.Reason;
import org.branchledger.pledge.PledgeSteps.Refusal;
import org.branchledger.pledge.PledgeSteps.Step;
import org.junit.jupiter.api.Test;

/** The life of a pledge without a database: every step in every state, the dates each step may not precede. */
class PledgeStepsTest {
    private static final LocalDate PLEDGED = LocalDate.of(2030, 2, 1);
    private static final LocalDate APPROVED = LocalDate.of(2030, 2, 10);
    private static final LocalDate PUBLISHED_ON = LocalDate.of(2030, 2, 12);
    private static final LocalDate DEADLINE = LocalDate.of(2030, 6, 30);
    private static final LocalDate EVALUATED_ON = LocalDate.of(2030, 7, 6);

    private static Pledge draft(LocalDate deadline) {
        return Pledge.draft(1, 7L, PledgeCategory.SERVE, "关爱帮扶岗", "每月走访联系的 3 户困难群众", null, "张三",
                deadline, PLEDGED);
    }

    /** A pledge at each point of its life, in order. */
    private static Map<String, Pledge> states() {
        Map<String, Pledge> s = new LinkedHashMap<>();
        s.put("承诺，无完成时限", draft(null));
        s.put("承诺", draft(DEADLINE));
        Pledge approved = draft(DEADLINE).approved(APPROVED, "2月支部党员大会");
        s.put("审诺", approved);
        Pledge published = approved.published(PUBLISHED_ON);
        s.put("示诺", published);
        Pledge reported = published.reported(LocalDate.of(2030, 7, 5), "7月主题党日上报告");
        s.put("述诺", reported);
        s.put("已兑现", reported.evaluated(Verdict.KEPT, EVALUATED_ON, 955));
        s.put("部分兑现", reported.evaluated(Verdict.PARTLY_KEPT, EVALUATED_ON, null));
        Pledge notKept = reported.evaluated(Verdict.NOT_KEPT, EVALUATED_ON, 600);
        s.put("未兑现", notKept);
        s.put("已说明", notKept.explained(LocalDate.of(2030, 7, 8), "外出务工，已向群众说明"));
        return s;
    }

    /** What each step meets in each state, columns in the order of {@link Step}; null: it may happen. */
    private static final Map<String, Reason[]> EXPECTED = new LinkedHashMap<>();

    static {
        // EDIT, APPROVE, PUBLISH, PROGRESS, REPORT, EVALUATE, EXPLAIN
        EXPECTED.put("承诺，无完成时限", new Reason[] {null, null, NO_DEADLINE, NOT_PUBLISHED, NOT_PUBLISHED, NOT_PUBLISHED,
            NOTHING_TO_EXPLAIN});
        EXPECTED.put("承诺", new Reason[] {null, null, null, NOT_PUBLISHED, NOT_PUBLISHED, NOT_PUBLISHED,
            NOTHING_TO_EXPLAIN});
        EXPECTED.put("审诺", new Reason[] {null, null, null, NOT_PUBLISHED, NOT_PUBLISHED, NOT_PUBLISHED,
            NOTHING_TO_EXPLAIN});
        EXPECTED.put("示诺", new Reason[] {null, PUBLISHED, PUBLISHED, null, null, null, NOTHING_TO_EXPLAIN});
        EXPECTED.put("述诺", new Reason[] {null, PUBLISHED, PUBLISHED, null, null, null, NOTHING_TO_EXPLAIN});
        EXPECTED.put("已兑现", new Reason[] {null, PUBLISHED, PUBLISHED, EVALUATED, null, null, NOTHING_TO_EXPLAIN});
        EXPECTED.put("部分兑现", new Reason[] {null, PUBLISHED, PUBLISHED, EVALUATED, null, null, null});
        EXPECTED.put("未兑现", new Reason[] {null, PUBLISHED, PUBLISHED, EVALUATED, null, null, null});
        EXPECTED.put("已说明", new Reason[] {null, PUBLISHED, PUBLISHED, EVALUATED, null, null, null});
    }

    @Test
    void everyStepInEveryState() {
        List<String> wrong = new ArrayList<>();
        states().forEach((state, p) -> {
            Reason[] expected = EXPECTED.get(state);
            for (Step step : Step.values()) {
                Reason got = PledgeSteps.refusal(p, step).map(Refusal::reason).orElse(null);
                if (got != expected[step.ordinal()]) {
                    wrong.add(state + " " + step + ": " + got + " (expected " + expected[step.ordinal()] + ")");
                }
                boolean offered = expected[step.ordinal()] == null || !expected[step.ordinal()].outOfTurn();
                if (PledgeSteps.offered(p, step) != offered) {
                    wrong.add(state + " " + step + " offered: " + !offered);
                }
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(EXPECTED.keySet(), states().keySet(), "every state has its row");
    }

    @Test
    void withoutAPledgeNothingIsOffered() {
        for (Step step : Step.values()) {
            assertFalse(PledgeSteps.offered(null, step), step.toString());
        }
    }

    @Test
    void aRefusalSaysWhyInTheUsersWords() {
        Map<String, Pledge> s = states();
        assertEquals("没有完成时限的承诺不能公示。请先在“编辑”中填写完成时限。",
                PledgeSteps.refusal(s.get("承诺，无完成时限"), Step.PUBLISH).orElseThrow().message());
        assertTrue(PledgeSteps.offered(s.get("承诺，无完成时限"), Step.PUBLISH),
                "offered, so that asking for it explains what to write first");
        assertEquals("这项承诺还没有公示(示诺)，请先公示",
                PledgeSteps.refusal(s.get("审诺"), Step.PROGRESS).orElseThrow().message());
        assertEquals("这项承诺已于 2030-02-12 公示，不能再审诺",
                PledgeSteps.refusal(s.get("示诺"), Step.APPROVE).orElseThrow().message());
        assertEquals("这项承诺已于 2030-02-12 公示，不能再示诺(公示)",
                PledgeSteps.refusal(s.get("述诺"), Step.PUBLISH).orElseThrow().message());
        assertEquals("这项承诺已评诺(已兑现)，不能再登记进展",
                PledgeSteps.refusal(s.get("已兑现"), Step.PROGRESS).orElseThrow().message());
        assertEquals("只有部分兑现或未兑现的承诺需要说明",
                PledgeSteps.refusal(s.get("已兑现"), Step.EXPLAIN).orElseThrow().message());
        for (Step step : Step.values()) {
            assertNotEquals("", step.label());
            assertFalse(step.label().startsWith("pledge."), step + " has its words in the bundle");
        }
    }

    @Test
    void aStepIsNeverDatedBeforeTheStepItFollows() {
        Map<String, Pledge> s = states();
        assertDated(s.get("承诺"), Step.APPROVE, PLEDGED, "日期不能早于承诺日期 2030-02-01");
        assertDated(s.get("承诺"), Step.PUBLISH, PLEDGED, "日期不能早于承诺日期 2030-02-01");
        assertDated(s.get("审诺"), Step.PUBLISH, APPROVED, "日期不能早于审诺日期 2030-02-10");
        for (Step step : List.of(Step.PROGRESS, Step.REPORT, Step.EVALUATE)) {
            assertDated(s.get("示诺"), step, PUBLISHED_ON, "日期不能早于公示日期 2030-02-12");
        }
        assertDated(s.get("未兑现"), Step.EXPLAIN, EVALUATED_ON, "日期不能早于评诺日期 2030-07-06");
        assertTrue(PledgeSteps.refusal(s.get("承诺"), Step.EDIT, null).isEmpty(), "an edit has no date");

        Pledge undated = Pledge.draft(1, null, PledgeCategory.RESULTS, null, "硬化村内道路 1.2 公里", null, "书记",
                DEADLINE, null);
        assertTrue(PledgeSteps.refusal(undated, Step.APPROVE, LocalDate.of(2000, 1, 1)).isEmpty(),
                "nothing dated before it");
        assertNull(PledgeSteps.earliest(undated, Step.APPROVE));
    }

    @Test
    void publicationFollowsTheLaterOfPledgeAndApproval() {
        // an imported record may be approved before the day it says it was pledged
        Pledge odd = draft(DEADLINE).approved(LocalDate.of(2030, 1, 20), null);
        assertEquals(new PledgeSteps.Earliest("pledge.step.pledged", PLEDGED), PledgeSteps.earliest(odd, Step.PUBLISH));
        Pledge sameDay = draft(DEADLINE).approved(PLEDGED, null);
        assertEquals(new PledgeSteps.Earliest("pledge.step.approved", PLEDGED),
                PledgeSteps.earliest(sameDay, Step.PUBLISH), "审诺 named on a tie");
    }

    @Test
    void aRefusalOfTheStepComesBeforeOneOfItsDate() {
        Pledge noDeadline = states().get("承诺，无完成时限");
        assertEquals(NO_DEADLINE, PledgeSteps.refusal(noDeadline, Step.PUBLISH, null).orElseThrow().reason());
        assertEquals(Reason.NO_DATE,
                PledgeSteps.refusal(states().get("承诺"), Step.PUBLISH, null).orElseThrow().reason());
        assertEquals("请填写日期",
                PledgeSteps.refusal(states().get("示诺"), Step.REPORT, null).orElseThrow().message());
    }

    @Test
    void anEditMayNotLeaveThePledgeUnsound() {
        Pledge p = draft(DEADLINE);
        assertTrue(PledgeSteps.terms(p, null).isEmpty());
        assertEquals("请填写承诺内容", PledgeSteps.terms(p.withTerms(7L, PledgeCategory.SERVE, null, " ", null, null,
                DEADLINE, PLEDGED), null).orElseThrow().message());
        assertEquals(Reason.CATEGORY, PledgeSteps.terms(p.withTerms(null, PledgeCategory.SERVE, null, "修路", null,
                null, DEADLINE, PLEDGED), null).orElseThrow().reason(), "the branch pledges against the 五个好");
        assertTrue(PledgeSteps.terms(p.withTerms(7L, PledgeCategory.SERVE, null, "修路", null, null,
                LocalDate.of(2030, 1, 31), PLEDGED), null).orElseThrow().message().contains("完成时限不能早于承诺日期"));
        Pledge shown = states().get("示诺");
        Pledge withoutDeadline = shown.withTerms(7L, PledgeCategory.SERVE, null, shown.content(), null, null, null,
                PLEDGED);
        assertEquals("这项承诺已经公示，完成时限不能删去", PledgeSteps.terms(withoutDeadline, shown).orElseThrow().message());
        assertTrue(PledgeSteps.terms(draft(null), draft(DEADLINE)).isEmpty(), "unpublished: the deadline may go");
    }

    @Test
    void aFilesRecordedStepsAreHeldToTheirOrder() {
        assertEquals(List.of(), PledgeSteps.recorded(states().get("已说明")));
        Pledge early = draft(DEADLINE).approved(APPROVED, null).published(LocalDate.of(2030, 2, 9));
        assertEquals(List.of(Step.PUBLISH), steps(PledgeSteps.recorded(early)));
        assertEquals(DATE_BEFORE, PledgeSteps.recorded(early).get(0).reason());
        assertEquals(List.of(Step.REPORT), steps(PledgeSteps.recorded(draft(DEADLINE)
                .reported(LocalDate.of(2030, 7, 5), null).evaluated(Verdict.KEPT, EVALUATED_ON, null))),
                "one refusal for a report and a verdict of a pledge never shown");
        assertEquals(List.of(Step.EVALUATE), steps(PledgeSteps.recorded(draft(DEADLINE)
                .evaluated(Verdict.KEPT, EVALUATED_ON, null))));
        Pledge keptExplained = states().get("已兑现").explained(null, "不需要");
        assertEquals(List.of(Step.EXPLAIN), steps(PledgeSteps.recorded(keptExplained)));
        assertEquals(List.of(), PledgeSteps.recorded(states().get("示诺").explained(null, "说明")),
                "a blank 评诺结果 in a file says nothing: the stored verdict may need the 说明");
        assertEquals(List.of(), PledgeSteps.recorded(draft(DEADLINE).published(LocalDate.of(2030, 1, 5))),
                "示诺 before 承诺 was never refused in a file");
    }

    private static void assertDated(Pledge p, Step step, LocalDate earliest, String message) {
        assertTrue(PledgeSteps.refusal(p, step, earliest).isEmpty(), step + " on the day itself");
        assertTrue(PledgeSteps.refusal(p, step, earliest.plusDays(30)).isEmpty(), step + " later");
        Refusal r = PledgeSteps.refusal(p, step, earliest.minusDays(1)).orElseThrow();
        assertEquals(DATE_BEFORE, r.reason());
        assertEquals(message, r.message());
        assertFalse(r.outOfTurn(), "a date can be corrected");
    }

    private static List<Step> steps(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::step).toList();
    }

    @Test
    void everyReasonIsEitherOutOfTurnOrSomethingToWrite() {
        assertEquals(List.of(PUBLISHED, EVALUATED, NOT_PUBLISHED, NOTHING_TO_EXPLAIN),
                Arrays.stream(Reason.values()).filter(Reason::outOfTurn).toList());
    }
}
