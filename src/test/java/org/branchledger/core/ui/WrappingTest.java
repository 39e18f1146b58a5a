package org.branchledger.core.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in on-screen messages stay whole when the message wraps. */
class WrappingTest {

    @Test
    void aDateHasNoPlaceToBreak() {
        String text = Wrapping.keepDatesWhole("完成时限2026-12-07，公示至2026-12，编号12-3");
        assertEquals("完成时限2026\u201112\u201107，公示至2026\u201112，编号12-3", text);
        // the line breaking JavaFX uses finds no break inside the date
        List<String> pieces = pieces(text);
        assertEquals(1, pieces.stream().filter(p -> p.contains("2026\u201112\u201107")).count(), pieces.toString());
    }

    @Test
    void textWithoutDatesIsLeftAlone() {
        assertEquals("共 36 人，要求 40.0 学时", Wrapping.keepDatesWhole("共 36 人，要求 40.0 学时"));
        assertEquals("手机 139-1234-5678", Wrapping.keepDatesWhole("手机 139-1234-5678"));
        assertNull(Wrapping.keepDatesWhole((String) null));
    }

    private static List<String> pieces(String text) {
        BreakIterator lines = BreakIterator.getLineInstance(Locale.CHINA);
        lines.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = lines.first(), end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
