package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 年度设置 without a window, and the rule in one line. */
class StudySettingsFormModelTest {

    @Test
    void startsFromTheDefaultsAndWritesTheNationalFigures() {
        StudySettingsFormModel form = new StudySettingsFormModel(StudySettings.defaults());
        assertEquals("40.0", form.required().get());
        assertEquals("2", form.numerator().get());
        assertEquals("3", form.denominator().get());
        assertEquals("", form.committee().get());
        assertEquals(StudySettings.FOUR_PLUS_ONE, form.topicList());
        assertTrue(form.valid().get());
        assertNull(form.settings().committeeRequiredTenths());

        form.required().set("32");
        form.committee().set("56.0");
        form.topics().set("理想信念与党的宗旨\n\n  党的优良传统和作风 \n理想信念与党的宗旨\n乡村振兴");
        StudySettings s = form.settings();
        assertEquals(320, s.requiredTenths());
        assertEquals(560, s.committeeRequiredTenths());
        assertEquals(List.of("理想信念与党的宗旨", "党的优良传统和作风", "乡村振兴"), s.topics());
    }

    @Test
    void wrongFiguresAreNamed() {
        StudySettingsFormModel form = new StudySettingsFormModel(StudySettings.defaults());
        form.required().set("40.25");
        assertEquals("学时最多一位小数：40.25", form.requiredError().get());
        assertFalse(form.valid().get());
        form.required().set("40");
        form.numerator().set("4");
        assertEquals("请填写分数，如 2 / 3（分子不大于分母）", form.shareError().get());
        form.numerator().set("2");
        form.committee().set("30");
        assertEquals("不应少于其他党员的要求学时", form.committeeError().get());
        form.committee().set("");
        assertTrue(form.valid().get());
        assertThrows(IllegalArgumentException.class, () -> StudySettingsFormModel.yearHours("0"));
        assertEquals(9999, StudySettingsFormModel.yearHours("999.9"));
    }

    @Test
    void theRuleInOneLine() {
        assertEquals("2026年度要求 40.0 学时，其中集中学习不少于 2/3",
                StudyPageModel.ruleLine(2026, StudySettings.defaults()));
        assertEquals("2026年度要求 32.0 学时，其中集中学习不少于 2/3；支部委员和书记要求 56.0 学时",
                StudyPageModel.ruleLine(2026, new StudySettings(320, 2, 3, 560, List.of())));
    }
}
