package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
    /** Han characters and full-width punctuation 2 units wide, everything else 1. */
    private static final TextWrapper.Measure MEASURE = text -> (float) text.codePoints()
            .mapToDouble(cp -> cp >= 0x2E80 ? 2 : 1).sum();

    private static List<String> wrap(String text, float width) {
        return TextWrapper.wrap(text, width, MEASURE);
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertEquals(List.of("组织党员深", "入学习党章", "党规和系列", "讲话精神"), wrap("组织党员深入学习党章党规和系列讲话精神", 10));
    }

    @Test
    void numbersStayWholeWhenTheyFitAndBreakOnlyWhenLongerThanALine() {
        assertEquals(List.of("电话", "13912345678"), wrap("电话13912345678", 12));
        assertEquals(List.of("1101011985", "03071234"), wrap("110101198503071234", 10));
    }

    @Test
    void latinBreaksAtSpaces() {
        assertEquals(List.of("Party branch", "ledger"), wrap("Party branch ledger", 13));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        List<String> lines = wrap("每月组织一次（重点）楼道整治，确保畅通。", 10);
        for (String line : lines) {
            assertFalse("，。）".indexOf(line.charAt(0)) >= 0, lines.toString());
            assertFalse(line.endsWith("（"), lines.toString());
        }
        assertEquals("每月组织一次（重点）楼道整治，确保畅通。", String.join("", lines));
    }

    @Test
    void aParagraphDoesNotEndOnALoneCharacter() {
        List<String> lines = wrap("2025年12月转入本支部", 18);
        assertTrue(lines.get(lines.size() - 1).codePointCount(0, lines.get(lines.size() - 1).length()) > 1, lines.toString());
        assertEquals("2025年12月转入本支部", String.join("", lines));
    }

    @Test
    void lineBreaksAreKeptAndNothingIsLost() {
        assertEquals(List.of("时间", "", "地点"), wrap("时间\n\n地点", 20));
        assertEquals(List.of(), wrap("", 20));
        assertEquals(List.of("字", "字"), wrap("字字", 1));
    }
}
