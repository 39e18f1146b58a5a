package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ExcelDatesTest {
    @Test
    void dateFormats() {
        assertTrue(ExcelDates.isDateFormat(14, null));
        assertTrue(ExcelDates.isDateFormat(31, null), "yyyy年m月d日, built in on Chinese Excel");
        assertTrue(ExcelDates.isDateFormat(57, null));
        assertTrue(ExcelDates.isDateFormat(164, "yyyy-mm-dd"));
        assertTrue(ExcelDates.isDateFormat(176, "[$-804]yyyy年m月d日;@"));
        assertTrue(ExcelDates.isDateFormat(177, "yyyy\"年\"m\"月\""));
        assertTrue(ExcelDates.isDateFormat(178, "[h]:mm"));
        assertFalse(ExcelDates.isDateFormat(0, null));
        assertFalse(ExcelDates.isDateFormat(49, null));
        assertFalse(ExcelDates.isDateFormat(0, "General"));
        assertFalse(ExcelDates.isDateFormat(49, "@"));
        assertFalse(ExcelDates.isDateFormat(165, "0.00_);[Red](0.00)"));
        assertFalse(ExcelDates.isDateFormat(166, "#,##0\"天\""));
        assertFalse(ExcelDates.isDateFormat(167, "0\\d"));
        assertFalse(ExcelDates.isDateFormat(23, "reserved-0x17"));
        assertFalse(ExcelDates.isDateFormat(null, null));
    }

    @Test
    void serials() {
        assertEquals(LocalDateTime.of(2019, 10, 11, 0, 0), ExcelDates.toLocalDateTime(43749));
        assertEquals(LocalDateTime.of(1900, 1, 1, 0, 0), ExcelDates.toLocalDateTime(1));
        assertEquals(LocalDateTime.of(1900, 2, 28, 0, 0), ExcelDates.toLocalDateTime(59));
        assertEquals(LocalDateTime.of(1900, 3, 1, 0, 0), ExcelDates.toLocalDateTime(61));
        assertEquals(LocalDateTime.of(2026, 3, 5, 8, 30), ExcelDates.toLocalDateTime(46086.354166666664));
        assertEquals("2026-03-05 08:30", ExcelDates.text(46086.354166666664));
        assertEquals("12:00", ExcelDates.text(0.5));
    }
}
