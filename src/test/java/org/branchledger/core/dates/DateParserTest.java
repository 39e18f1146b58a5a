package org.branchledger.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final PartialDate MARCH = new PartialDate(1985, 3, null);
    private static final PartialDate MARCH_12 = new PartialDate(1985, 3, 12);

    @Test
    void dayForms() throws Exception {
        for (String text : new String[] {"1985-03-12", "1985/3/12", "1985.3.12", "1985.03.12", "19850312",
                "1985年3月12日", "1985年03月12日", "1985 年 3 月 12 日", "１９８５．３．１２", "１９８５年３月１２日",
                "  1985-03-12\t", "\u30001985/3/12\u3000"}) {
            assertEquals(MARCH_12, DateParser.parse(text), text);
        }
    }

    @Test
    void monthForms() throws Exception {
        for (String text : new String[] {"1985.03", "1985.3", "1985-03", "1985/3", "198503", "1985年3月",
                "１９８５．０３", " 1985年03月 "}) {
            assertEquals(MARCH, DateParser.parse(text), text);
        }
    }

    @Test
    void impossibleMonthRejected() {
        DateParseException e = assertThrows(DateParseException.class, () -> DateParser.parse("2019年13月"));
        assertTrue(e.getMessage().startsWith("无法识别的日期: 2019年13月"), e.getMessage());
        assertTrue(e.getMessage().contains("月份无效"), e.getMessage());
        assertThrows(DateParseException.class, () -> DateParser.parse("198500"));
    }

    @Test
    void impossibleDayRejected() {
        DateParseException e = assertThrows(DateParseException.class, () -> DateParser.parse("1985.2.30"));
        assertTrue(e.getMessage().contains("1985年2月只有28天"), e.getMessage());
        assertThrows(DateParseException.class, () -> DateParser.parse("19850230"));
        assertThrows(DateParseException.class, () -> DateParser.parse("1985-04-31"));
        assertThrows(DateParseException.class, () -> DateParser.parse("1985-04-00"));
    }

    @Test
    void garbageRejected() {
        for (String text : new String[] {"", "  ", "abc", "1985", "85.3.12", "1985-3/12", "1985年", "1800.1.1"}) {
            assertThrows(DateParseException.class, () -> DateParser.parse(text), text);
        }
        assertThrows(DateParseException.class, () -> DateParser.parse(null));
        DateParseException e = assertThrows(DateParseException.class, () -> DateParser.parse(" abc "));
        assertEquals("无法识别的日期: abc", e.getMessage());
    }

    @Test
    void excelSerials() {
        assertEquals(PartialDate.of(LocalDate.of(1900, 1, 1)), DateParser.fromExcelSerial(1));
        assertEquals(PartialDate.of(LocalDate.of(1900, 2, 28)), DateParser.fromExcelSerial(59));
        assertEquals(PartialDate.of(LocalDate.of(1900, 3, 1)), DateParser.fromExcelSerial(61));
        assertEquals(PartialDate.of(LocalDate.of(1985, 3, 12)), DateParser.fromExcelSerial(31118));
        assertEquals(PartialDate.of(LocalDate.of(2025, 1, 1)), DateParser.fromExcelSerial(45658));
        assertEquals(PartialDate.of(LocalDate.of(2025, 1, 1)), DateParser.fromExcelSerial(45658.75));
        assertThrows(IllegalArgumentException.class, () -> DateParser.fromExcelSerial(60));
        assertThrows(IllegalArgumentException.class, () -> DateParser.fromExcelSerial(0));
        assertThrows(IllegalArgumentException.class, () -> DateParser.fromExcelSerial(Double.NaN));
    }
}
