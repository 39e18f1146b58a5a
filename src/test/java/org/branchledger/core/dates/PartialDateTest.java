package org.branchledger.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static final PartialDate MARCH = new PartialDate(1985, 3, null);
    private static final PartialDate MARCH_12 = new PartialDate(1985, 3, 12);

    @Test
    void isoRoundTrip() {
        assertEquals("1985-03", MARCH.iso());
        assertEquals("1985-03-12", MARCH_12.iso());
        assertEquals(MARCH, PartialDate.ofIso("1985-03"));
        assertEquals(MARCH_12, PartialDate.ofIso("1985-03-12"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofIso("1985-3"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofIso("1985-02-30"));
    }

    @Test
    void precisionAndConversions() {
        assertTrue(MARCH.monthPrecision());
        assertFalse(MARCH_12.monthPrecision());
        assertEquals(LocalDate.of(1985, 3, 1), MARCH.firstDay());
        assertEquals(LocalDate.of(1985, 3, 12), MARCH_12.firstDay());
        assertEquals(MARCH_12, PartialDate.of(LocalDate.of(1985, 3, 12)));
        assertEquals(MARCH, PartialDate.ofMonth(1985, 3));
        assertEquals("1985年3月", MARCH.chinese());
        assertEquals("1985年3月12日", MARCH_12.chinese());
    }

    @Test
    void impossibleDatesRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(1985, 13, null));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(1985, 2, 29));
        new PartialDate(1984, 2, 29);
    }

    @Test
    void ordering() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                new PartialDate(1985, 4, null), MARCH_12, new PartialDate(1985, 3, 1), MARCH,
                new PartialDate(1984, 12, 31)));
        Collections.sort(dates);
        assertEquals(List.of(new PartialDate(1984, 12, 31), MARCH, new PartialDate(1985, 3, 1), MARCH_12,
                new PartialDate(1985, 4, null)), dates);
    }

    @Test
    void isBeforeAtCoarserPrecision() {
        assertFalse(MARCH.isBefore(MARCH_12));
        assertFalse(MARCH_12.isBefore(MARCH));
        assertFalse(MARCH.isBefore(MARCH));
        assertTrue(new PartialDate(1985, 2, 28).isBefore(MARCH));
        assertTrue(MARCH.isBefore(new PartialDate(1985, 4, 1)));
        assertTrue(MARCH_12.isBefore(new PartialDate(1985, 3, 13)));
        assertFalse(MARCH_12.isBefore(MARCH_12));
        assertTrue(new PartialDate(1984, 12, null).isBefore(MARCH));
    }

    @Test
    void sameAsAtOwnPrecision() {
        assertTrue(MARCH.sameAs(LocalDate.of(1985, 3, 31)));
        assertFalse(MARCH.sameAs(LocalDate.of(1985, 4, 1)));
        assertTrue(MARCH_12.sameAs(LocalDate.of(1985, 3, 12)));
        assertFalse(MARCH_12.sameAs(LocalDate.of(1985, 3, 13)));
    }
}
