package org.branchledger.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.core.dates.PartialDate;
import org.junit.jupiter.api.Test;

/** The member form's rules as the user types, without a window. */
class MemberFormModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static MemberFormModel newForm() {
        return new MemberFormModel(7, null, () -> TODAY);
    }

    @Test
    void aBlankNewFormShowsNoErrorsButCannotBeSaved() {
        MemberFormModel form = newForm();
        assertTrue(form.errors().isEmpty());
        assertFalse(form.valid().get());
    }

    @Test
    void aWrongCheckDigitIsShownUnderTheNumberAndFixingItAllowsSaving() {
        MemberFormModel form = newForm();
        form.value(RosterField.NAME).set("测试");
        form.value(RosterField.ID_NUMBER).set("110105194912310021");
        assertEquals("校验位错误", form.errors().get(RosterField.ID_NUMBER));
        assertFalse(form.valid().get());
        assertNull(form.idNumber().get());

        form.value(RosterField.ID_NUMBER).set("11010519491231002x");
        assertTrue(form.errors().isEmpty(), form.errors().toString());
        assertTrue(form.valid().get());
        assertEquals("女", form.idNumber().get().gender());
        Member m = form.check().member();
        assertEquals("11010519491231002X", m.idNumber());
        assertEquals("女", m.gender());
        assertEquals(PartialDate.of(LocalDate.of(1949, 12, 31)), m.birthDate());
        assertEquals(MemberType.PROBATIONARY, m.type()); // no 转正日期 yet
    }

    @Test
    void genderAndDatesThatDisagreeAreShownBesideTheirFields() {
        MemberFormModel form = newForm();
        form.value(RosterField.NAME).set("测试");
        form.value(RosterField.ID_NUMBER).set("11010519491231002X");
        form.value(RosterField.GENDER).set("男");
        form.value(RosterField.JOINED_ON).set("1970.13");
        assertTrue(form.errors().get(RosterField.GENDER).contains("不符"));
        assertTrue(form.errors().get(RosterField.JOINED_ON).contains("月份无效"));
        assertFalse(form.valid().get());
        form.value(RosterField.GENDER).set("");
        form.value(RosterField.JOINED_ON).set("1970年7月");
        assertTrue(form.valid().get(), form.errors().toString());
    }

    @Test
    void theDestinationCountsOnlyWhileTheMemberIsMarkedFloating() {
        MemberFormModel form = newForm();
        form.value(RosterField.FLOATING_TO).set("上海市");
        assertEquals("", form.values().get(RosterField.FLOATING_TO));
        form.value(RosterField.FLOATING).set(MemberFormModel.YES);
        assertEquals("上海市", form.values().get(RosterField.FLOATING_TO));
    }

    @Test
    void editingShowsTheStoredMemberAndSavingErrorsComeBackIntoTheForm() {
        Member stored = new Member(3L, 7, "李四", "11010519491231002X", "女", "汉族",
                PartialDate.of(LocalDate.of(1949, 12, 31)), "初中", "农牧渔民", PartialDate.ofMonth(1975, 6),
                PartialDate.ofMonth(1976, 6), "种植户", "13800000000", null, "红旗村3组", "正常", false, null, true,
                "上海市", null, MemberType.FULL, false, "组织委员", true, null, null);
        MemberFormModel form = new MemberFormModel(7, stored, () -> TODAY);
        assertEquals("1975-06", form.value(RosterField.JOINED_ON).get());
        assertEquals("正式党员", form.value(RosterField.MEMBER_TYPE).get());
        assertEquals(MemberFormModel.YES, form.value(RosterField.FLOATING).get());
        assertTrue(form.valid().get(), form.errors().toString());
        Member again = form.check().member();
        assertEquals(stored.withId(null), again);

        form.showErrors(List.of(new FieldError(RosterField.ID_NUMBER, "本支部已有此号码的党员(张三)")));
        assertFalse(form.valid().get());
        assertEquals("本支部已有此号码的党员(张三)", form.errors().get(RosterField.ID_NUMBER));
        form.value(RosterField.MOBILE).set("13900000000");
        assertTrue(form.valid().get());
    }

    @Test
    void theSearchMatchesNameNumberPhoneAndAddressIgnoringCase() {
        Member m = new Member(3L, 7, "李四", "11010519491231002X", "女", null, null, null, "农牧渔民", null, null,
                null, "13800001234", null, "红旗村3组", "正常", false, null, false, null, null, MemberType.FULL,
                false, null, true, null, null);
        assertTrue(RosterFilter.CURRENT.test(m));
        for (String q : new String[] {"李", "002x", "0000123", "3组", "  李四 "}) {
            assertTrue(new RosterFilter(q, null, null, null, RosterFilter.Standing.CURRENT).test(m), q);
        }
        assertFalse(new RosterFilter("王", null, null, null, RosterFilter.Standing.CURRENT).test(m));
        assertFalse(new RosterFilter("", null, null, null, RosterFilter.Standing.LEFT).test(m));
        assertFalse(new RosterFilter("", MemberType.PROBATIONARY, null, null, null).test(m));
        assertTrue(new RosterFilter("", MemberType.FULL, "农牧渔民", "正常", null).test(m.withLeft("去世",
                PartialDate.ofMonth(2020, 1))));
    }
}
