package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoursRuleTest {

    @Test
    void twoThirdsIsComparedExactly() {
        // 26.7 centralised of 40: 3 × 26.7 = 80.1 ≥ 80
        assertTrue(HoursRule.judge(267, 133, 400, 2, 3).compliant());
        // 26.6 is short of ⅔ even with plenty of self-study
        HoursRule.Standing s = HoursRule.judge(266, 200, 400, 2, 3);
        assertFalse(s.compliant());
        assertFalse(s.centralisedEnough());
        assertEquals("集中学习还差 0.1 学时", s.missingInWords());
    }

    @Test
    void missingHoursInWords() {
        HoursRule.Standing s = HoursRule.judge(247, 118, 400, 2, 3);
        assertEquals(35, s.missingTotal());
        assertEquals(20, s.missingCentralised());
        assertEquals("还差 3.5 学时，其中集中学习还差 2.0 学时", s.missingInWords());
        assertEquals("已达标", HoursRule.judge(400, 0, 400, 2, 3).missingInWords());
        assertEquals("还差 0.1 学时", HoursRule.judge(300, 99, 400, 2, 3).missingInWords());
    }

    @Test
    void theCurrentNationalFiguresAreASetting() {
        StudySettings national = new StudySettings(320, 2, 3, 560, StudySettings.FOUR_PLUS_ONE);
        assertEquals(320, national.requiredFor(false));
        assertEquals(560, national.requiredFor(true));
        assertTrue(HoursRule.judge(214, 106, 320, 2, 3).compliant()); // 3 × 21.4 = 64.2 ≥ 64
        assertFalse(HoursRule.judge(213, 200, 320, 2, 3).compliant());
    }

    @Test
    void theCentralisedShareIsRoundedUpToATenth() {
        assertEquals(267, HoursRule.centralisedNeeded(400, 2, 3), "⅔ of 40.0 is 26.67: 26.7");
        assertEquals(214, HoursRule.centralisedNeeded(320, 2, 3));
        assertEquals(300, HoursRule.centralisedNeeded(400, 3, 4), "exact: not rounded");
        assertEquals(HoursRule.centralisedNeeded(400, 2, 3), HoursRule.judge(0, 400, 400, 2, 3).missingCentralised());
    }

    @Test
    void hoursHaveOneDecimalPlace() {
        assertEquals(15, Hours.parse("1.5"));
        assertEquals(30, Hours.parse("3"));
        assertEquals(12, Hours.parse(" 1.20 "));
        assertEquals("0.0", Hours.format(0));
        assertEquals("40.0", Hours.format(400));
        assertThrows(IllegalArgumentException.class, () -> Hours.parse("1.25"));
        assertThrows(IllegalArgumentException.class, () -> Hours.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Hours.parse("三"));
    }

    @Test
    void aSessionCoversTheTopicItNames() {
        assertEquals(List.of("党的优良传统和作风"), StudyService.missingTopics(StudySettings.FOUR_PLUS_ONE,
                List.of("理想信念与党的宗旨(第3次)", "党员先锋模范作用与党的执政能力建设(第1次)",
                        "求真务实与科学发展观和正确政绩观(第2次)", "安全生产专题")));
    }
}
