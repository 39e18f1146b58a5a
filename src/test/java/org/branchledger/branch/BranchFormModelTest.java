package org.branchledger.branch;

import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.branch.Branch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 新建支部 / 修改支部信息 without a window; and which sheet titles name another branch. */
class BranchFormModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aNewBranchNeedsOnlyAFreeNameAndItsKindFollowsTheName() {
        BranchFormModel form = new BranchFormModel(null, List.of("红旗村党支部"), TODAY);
        assertFalse(form.valid().get());
        assertEquals("", form.nameError().get(), "an empty fresh form shows no red text yet");
        assertEquals("5", form.noticeDays().get());

        form.name().set("红旗村党支部");
        assertEquals("已有名为“红旗村党支部”的支部。", form.nameError().get());
        assertFalse(form.valid().get());
        form.name().set("宏达机械有限公司党支部");
        assertTrue(form.valid().get());
        assertEquals(BranchKind.ENTERPRISE, form.kind().get());
        form.kind().set(BranchKind.OTHER);
        form.name().set("宏达机械有限公司第二党支部");
        assertEquals(BranchKind.OTHER, form.kind().get(), "a kind the user picked stays");

        Branch b = form.branch();
        assertEquals("宏达机械有限公司第二党支部", b.name());
        assertEquals(null, b.phone());
        assertEquals(5, b.noticeDays());
        assertFalse(b.demo());
    }

    @Test
    void eachWrongFieldSaysWhatIsWrongBesideIt() {
        BranchFormModel form = new BranchFormModel(null, List.of(), TODAY);
        form.name().set("东风村党支部");
        form.phone().set("找村委会");
        assertTrue(form.phoneError().get().startsWith("只能填数字"), form.phoneError().get());
        form.phone().set("0571-8888 6666");
        assertEquals("", form.phoneError().get());
        form.phone().set("(0571)88886666");
        assertEquals("", form.phoneError().get());

        form.founded().set("2026-12-07");
        assertEquals("成立日期不能晚于今天。", form.foundedError().get());
        form.founded().set("1958年3月");
        assertEquals("请写到哪一天，如 1956-07-01。", form.foundedError().get());
        form.founded().set("1958年3月1日");
        assertEquals("", form.foundedError().get());

        form.noticeDays().set("七");
        assertEquals("请填 1 到 60 之间的整天数。", form.noticeDaysError().get());
        assertFalse(form.valid().get());
        form.noticeDays().set(" 7 ");
        assertTrue(form.valid().get());
        form.higherOrg().set("城关镇党委");
        Branch b = form.branch();
        assertEquals(LocalDate.of(1958, 3, 1), b.foundedOn());
        assertEquals(7, b.noticeDays());
        assertEquals("城关镇党委", b.higherOrg());
    }

    @Test
    void editingKeepsTheIdAndTheDemoMarkAndKnowsWhetherAnythingChanged() {
        Branch demo = new Branch(3L, "红旗村党支部（示范）", BranchKind.VILLAGE, "城关镇党委", "张三",
                LocalDate.of(1956, 7, 1), "0571-8888 1234", 5, true);
        BranchFormModel form = new BranchFormModel(demo, List.of("东风村党支部"), TODAY);
        assertTrue(form.editing());
        assertTrue(form.valid().get());
        assertFalse(form.changed());
        assertEquals("1956-07-01", form.founded().get());
        form.phone().set("0571-8888 9999");
        assertTrue(form.changed());
        Branch b = form.branch();
        assertEquals(3L, b.id());
        assertTrue(b.demo());
        form.name().set("");
        assertEquals("请填写支部名称。", form.nameError().get());
        form.name().set("东风村党支部");
        assertFalse(form.valid().get());
    }

    @Test
    void aSheetNamesAnotherBranchOnlyWhenItNamesAPartyOrganisation() {
        assertTrue(BranchRules.namesAnotherBranch("东风村党支部", "红旗村党支部"));
        assertTrue(BranchRules.namesAnotherBranch("中共东风村总支部委员会", "红旗村党支部（示范）"));
        assertFalse(BranchRules.namesAnotherBranch("红旗村党支部", "红旗村党支部（示范）"));
        assertFalse(BranchRules.namesAnotherBranch("2024年红旗村 党支部", "红旗村党支部"));
        assertFalse(BranchRules.namesAnotherBranch("2024年度", "红旗村党支部"), "a title without an organisation");
        assertFalse(BranchRules.namesAnotherBranch(null, "红旗村党支部"));
    }
}
