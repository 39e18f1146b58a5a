package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.core.i18n.Messages;
import org.branchledger.pledge.PledgeSteps.Step;
import org.junit.jupiter.api.Test;

/** The step dialogs' form, without a window: what each starts with, what it refuses as typed, what it saves. */
class PledgeStepFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final Pledge DRAFT = Pledge.draft(1, 7L, PledgeCategory.SERVE, null,
            "每月走访联系的 3 户困难群众，帮助解决实际困难", null, null, LocalDate.of(2026, 12, 31),
            LocalDate.of(2026, 2, 1)).withId(5L);
    private static final Pledge SHOWN = DRAFT.approved(LocalDate.of(2026, 2, 10), "2月支部党员大会")
            .published(LocalDate.of(2026, 2, 12));

    private static PledgeStepForm form(Step step, Pledge p) {
        return new PledgeStepForm(step, new PledgeView(p, "张三", p.status(TODAY), List.of()), TODAY);
    }

    @Test
    void aStepStartsTodayOrWithWhatWasRecordedOfIt() {
        PledgeStepForm approve = form(Step.APPROVE, DRAFT);
        assertEquals("2026-09-01", approve.date().get());
        assertEquals("", approve.text().get());
        assertTrue(approve.valid().get(), "a date is all 审诺 needs");
        assertEquals("审诺：张三“每月走访联系的 3 户困难群众，帮助解决实际困难”", approve.title());
        assertEquals("审议会议", Messages.get(approve.textKey()));
        assertEquals("如 3月支部党员大会", approve.textPrompt());

        PledgeStepForm again = form(Step.APPROVE, SHOWN);
        assertEquals("2026-02-10", again.date().get(), "corrected, not repeated");
        assertEquals("2月支部党员大会", again.text().get());

        Pledge evaluated = SHOWN.evaluated(Verdict.PARTLY_KEPT, LocalDate.of(2026, 8, 20), 825);
        PledgeStepForm evaluate = form(Step.EVALUATE, evaluated);
        assertEquals(Verdict.PARTLY_KEPT, evaluate.verdict().get());
        assertEquals("82.5%", evaluate.satisfaction().get());
        assertEquals("2026-08-20", evaluate.date().get());

        PledgeStepForm progress = form(Step.PROGRESS, SHOWN);
        assertEquals("2026-09-01", progress.date().get(), "a new entry each time");
        assertEquals("登记履诺进展：张三“每月走访联系的 3 户困难群众，帮助解决实际困难”", progress.title());
        assertEquals("进展", Messages.get(progress.textKey()));
        assertEquals("示诺(公示): 张三“每月走访联系的 3 户困难群众，帮助解决实际困难”", form(Step.PUBLISH, DRAFT).title());
    }

    @Test
    void aLongContentIsCutInTheTitle() {
        Pledge p = DRAFT.withTerms(7L, PledgeCategory.SERVE, null, "一二三四五六七八九十一二三四五六七八九十一二三四五六七",
                null, null, null, null);
        assertEquals("张三“一二三四五六七八九十一二三四五六七八九十一二三四…”", PledgeStepForm.subject("张三", p));
    }

    @Test
    void whatATextStepNeeds() {
        assertFalse(form(Step.PUBLISH, DRAFT).hasText());
        assertFalse(form(Step.EVALUATE, SHOWN).hasText());
        assertTrue(form(Step.REPORT, SHOWN).hasText());
        assertFalse(form(Step.REPORT, SHOWN).textRequired());
        assertTrue(form(Step.REPORT, SHOWN).valid().get(), "a report's words may be left out");

        PledgeStepForm progress = form(Step.PROGRESS, SHOWN);
        assertFalse(progress.valid().get(), "a progress entry is nothing without its words");
        progress.text().set("   ");
        assertFalse(progress.valid().get());
        progress.text().set("已走访 3 户");
        assertTrue(progress.valid().get());

        Pledge notKept = SHOWN.evaluated(Verdict.NOT_KEPT, LocalDate.of(2026, 8, 20), null);
        PledgeStepForm explain = form(Step.EXPLAIN, notKept);
        assertFalse(explain.valid().get());
        explain.text().set("外出务工，已向群众说明");
        assertTrue(explain.valid().get());
        assertThrows(IllegalArgumentException.class, () -> form(Step.EDIT, DRAFT), "编辑 has the pledge form");
    }

    @Test
    void theDateIsADayNeverBeforeTheStepItFollows() {
        PledgeStepForm publish = form(Step.PUBLISH, SHOWN.published(null));
        publish.date().set("2026-02-09");
        assertEquals("日期不能早于审诺日期 2026-02-10", publish.dateError().get(), "the service's words, as typed");
        assertFalse(publish.valid().get());
        publish.date().set("2026年2月10日");
        assertEquals("", publish.dateError().get(), "the day itself, in any form the app reads");
        assertTrue(publish.valid().get());
        assertEquals(LocalDate.of(2026, 2, 10), publish.entry().on());

        publish.date().set("2026-02");
        assertEquals("请填写到日", publish.dateError().get());
        assertFalse(publish.valid().get());
        publish.date().set("");
        assertEquals("", publish.dateError().get(), "blank: no message, but no saving either");
        assertFalse(publish.valid().get());
        publish.date().set("明天");
        assertFalse(publish.dateError().get().isEmpty());
        assertFalse(publish.valid().get());
    }

    @Test
    void theVerdictAndSatisfactionOfAnEvaluation() {
        PledgeStepForm evaluate = form(Step.EVALUATE, SHOWN);
        assertNull(evaluate.verdict().get());
        assertFalse(evaluate.valid().get(), "no verdict yet");
        evaluate.verdict().set(Verdict.NOT_KEPT);
        assertTrue(evaluate.valid().get(), "satisfaction is not always collected");
        assertNull(evaluate.entry().satisfactionTenths());
        evaluate.satisfaction().set("120%");
        assertFalse(evaluate.satisfactionError().get().isEmpty());
        assertFalse(evaluate.valid().get());
        evaluate.satisfaction().set("60%");
        assertEquals("", evaluate.satisfactionError().get());
        assertEquals(new PledgeStepForm.Entry(TODAY, "", Verdict.NOT_KEPT, 600), evaluate.entry());
    }
}
