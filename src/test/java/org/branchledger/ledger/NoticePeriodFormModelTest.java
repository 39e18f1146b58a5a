package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 公示期 asked before a 公开承诺公示表, without a window. */
class NoticePeriodFormModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void startsTodayForTheUsualLength() {
        NoticePeriodFormModel m = new NoticePeriodFormModel(TODAY, 5);
        assertEquals("2026-12-07", m.from().get());
        assertEquals("2026-12-11", m.to().get());
        assertTrue(m.valid().get());
        assertEquals(new NoticePeriod(TODAY, LocalDate.of(2026, 12, 11)), m.period());
        assertEquals("公示期 2026年12月7日 至 2026年12月11日。表上列出这次公示的承诺；其中尚未公示的，在打印或保存公示表时记为 2026年12月7日示诺(只预览不记)。",
                m.what().get());
    }

    @Test
    void takesTheUsualDateFormsAndRefusesAnEndBeforeTheStart() {
        NoticePeriodFormModel m = new NoticePeriodFormModel(TODAY, 5);
        m.to().set("2026年12月20日");
        assertTrue(m.valid().get());
        assertEquals(LocalDate.of(2026, 12, 20), m.period().to());
        m.to().set("2026-12-01");
        assertFalse(m.valid().get());
        assertEquals("公示期的结束日期 2026年12月1日 早于开始日期 2026年12月7日", m.error().get());
        assertEquals("", m.what().get());
        m.to().set("2026-12");
        assertEquals("2026-12 只有年月，请写到日，如 2026-12-07", m.error().get());
        m.to().set("");
        assertEquals("请填写公示期的开始和结束日期", m.error().get());
        m.to().set("下周");
        assertFalse(m.valid().get());
        assertFalse(m.error().get().isEmpty());
        m.to().set("2026-12-11");
        assertTrue(m.valid().get());
        assertEquals("", m.error().get());
    }
}
