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
    void aListOfNamesBreaksBetweenNamesAndKeepsAMakeUpDateWithItsName() {
        // the 考勤台账's note under a session: "补课：王五（1月11日）" is never cut after 王五 or inside the date
        List<String> lines = wrap("请假：张三丰、李四；补课：王五（1月11日）、欧阳明（2月3日）", 24);
        assertEquals(List.of("请假：张三丰、李四；", "补课：王五（1月11日）、", "欧阳明（2月3日）"), lines);
    }

    @Test
    void aParagraphThatFitsIsOneLineAsWrittenAndOneAHairWiderWrapsAsBefore() {
        assertEquals(List.of("2026年度学习 40.0 学时"), wrap("2026年度学习 40.0 学时", 22));
        assertEquals(List.of("2026年度", "学习 40.0 学时"), wrap("2026年度学习 40.0 学时", 21.99f));
        assertEquals(List.of("Party branch"), wrap("  Party branch  ", 30), "spaces at either end still go");
        assertEquals(List.of("", "第二段"), wrap("\n第二段", 30), "an empty paragraph is an empty line");
    }

    @Test
    void latinBreaksAtSpaces() {
        assertEquals(List.of("Party branch", "ledger"), wrap("Party branch ledger", 13));
    }

    @Test
    void anOpeningBracketGoesDownWithAWordKeptWhole() {
        // the roster's 备注 column: "流动党员（上海市）" in a cell six characters wide
        assertEquals(List.of("流动党员", "（上海市）"), wrap("流动党员（上海市）", 12));
        assertEquals(List.of("流动党员（广", "东省深圳市）"), wrap("流动党员（广东省深圳市）", 12));
        // 上海市 fits the line exactly but ）may not start the next: the word goes down, and its （ with it
        assertEquals(List.of("流动党员", "（上海市）"), wrap("流动党员（上海市）", 16));
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

    @Test
    void aDateNeverBreaksInside() {
        for (float width = 14; width <= 30; width++) {
            for (String text : List.of("补课于2026年12月7日在村委会", "王海华(8月1日)、廖浩(9月3日)", "公示期2026-12-07至2026-12-13")) {
                List<String> lines = wrap(text, width);
                String all = String.join("|", lines);
                for (String date : List.of("2026年12月7日", "8月1日", "9月3日", "2026-12-07", "2026-12-13")) {
                    if (text.contains(date)) {
                        assertTrue(String.join("", lines).contains(date) && all.contains(date), width + ": " + all);
                    }
                }
            }
        }
    }

    @Test
    void aCountStaysWithItsLabelAndANameInAListStaysWhole() {
        for (float width = 12; width <= 30; width++) {
            String all = String.join("|", wrap("5 项：已兑现 2、未兑现 1、未评 3", width));
            for (String item : List.of("5 项", "已兑现 2", "未兑现 1", "未评 3")) {
                assertTrue(all.contains(item), width + ": " + all);
            }
            String names = String.join("|", wrap("尹春颖、毛明浩、蔡文浩、王明斌", width));
            for (String name : List.of("尹春颖", "毛明浩", "蔡文浩", "王明斌")) {
                assertTrue(names.contains(name), width + ": " + names);
            }
            String missing = String.join("|", wrap("还差 26.7 学时，其中集中学习还差 2.0 学时", width));
            assertTrue(missing.contains("26.7 学时") && missing.contains("2.0 学时"), width + ": " + missing);
        }
    }

    @Test
    void aRunKeptTogetherThatIsWiderThanALineStillBreaks() {
        List<String> lines = wrap("2026年12月7日", 8);
        assertEquals("2026年12月7日", String.join("", lines));
        for (String line : lines) {
            assertTrue(MEASURE.width(line) <= 8, lines.toString());
        }
    }
}
