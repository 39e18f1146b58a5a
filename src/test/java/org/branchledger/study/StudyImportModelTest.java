package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.importing.RowOutcome;
import org.branchledger.importing.RowRejection;
import org.junit.jupiter.api.Test;

/** What the 导入学习记录 window shows, without a window. */
class StudyImportModelTest {
    private static final StudySession SESSION = new StudySession(null, 1, LocalDate.of(2026, 3, 8),
            SessionKind.PARTY_LECTURE, "党课", 20, null, null);

    private static StudyImport.Planned planned(int row, long member, RowOutcome outcome) {
        return new StudyImport.Planned(row, SESSION, new Attendance(null, -1, member, AttendanceStatus.PRESENT, null, null),
                null, outcome);
    }

    @Test
    void aCheckedMatrixShowsItsColumnsNamesRejectionsAndTheButton() {
        StudyImportModel model = new StudyImportModel();
        StudyImport.Plan plan = new StudyImport.Plan("签到.xlsx", "三月", true,
                List.of(new StudyImport.ColumnUse("A", "序号", null), new StudyImport.ColumnUse("B", "姓名", "姓名"),
                        new StudyImport.ColumnUse("C", "2026.3.8 党课 2学时", "活动: 2026-03-08 党课 2.0学时")),
                List.of(new StudyImport.NameMatch("张三", "张三", "****1234")),
                List.of(planned(3, 1, RowOutcome.NEW), planned(4, 2, RowOutcome.UNCHANGED)),
                List.of(new RowRejection(5, "姓名", "有两名党员叫“李四”")), List.of());
        model.show(plan);
        assertEquals("工作表“三月”: 签到汇总表(每行一名党员，每列一次活动)", model.sheetLine().get());
        assertEquals("(不导入)", model.columns().get(0).field());
        assertEquals("活动: 2026-03-08 党课 2.0学时", model.columns().get(2).field());
        assertEquals("****1234", model.names().get(0).maskedId());
        assertEquals(1, model.rejections().size());
        assertEquals("合格 2 人次：可新增 1，可更新 0，无变化 1；有问题的 1 行。", model.counts().get());
        assertEquals("导入合格的 2 行(_I)", model.importText().get());
        assertTrue(model.canImport().get());
        assertFalse(model.needsKind().get());
    }

    @Test
    void aFileWithoutKindOffersTheChoiceAndNothingToImport() {
        StudyImportModel model = new StudyImportModel();
        model.refuse("学时统计.xlsx: 表中没有“形式”列", true);
        assertTrue(model.needsKind().get());
        assertTrue(model.problem().get().contains("选择整个文件的形式"), model.problem().get());
        assertFalse(model.canImport().get());
        assertNull(model.plan());

        model.refuse("学时统计.xlsx: 文件已损坏", false);
        assertTrue(model.needsKind().get(), "the choice stays offered");
        assertEquals("学时统计.xlsx: 文件已损坏", model.problem().get());
    }

    @Test
    void theWindowsFieldsBecomeTheOptions() {
        assertEquals(new StudyImport.Options("党课", 15), StudyImportModel.options("党课", "1.5学时"));
        assertEquals(StudyImport.Options.NONE, StudyImportModel.options("", " "));
        assertThrows(IllegalArgumentException.class, () -> StudyImportModel.options(null, "99999999999999999999"));
        assertTrue(StudyImportModel.kinds().contains("集中学习") && StudyImportModel.kinds().contains("自学"));
    }
}
