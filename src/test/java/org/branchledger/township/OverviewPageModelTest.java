package org.branchledger.township;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 全部支部 page without a window: its lines, its columns' texts and orders, and where a click leads. */
class OverviewPageModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final OverviewRow EAST = new OverviewRow(1, "东风村党支部", 20, 2, 1, 18, 22, 0, 1, 3, true,
            LocalDateTime.of(2026, 11, 30, 9, 0), false);
    private static final OverviewRow WEST = new OverviewRow(2, "西山村党支部", 8, 0, 0, 8, 8, 2, 0, 0, false,
            LocalDateTime.of(2026, 6, 1, 9, 0), true);
    private static final OverviewRow HERE = new OverviewRow(3, "镇机关党支部", 12, 1, 0, 10, 13, 1, 0, 5, true, null, false);

    private static OverviewPageModel loaded() {
        OverviewPageModel model = new OverviewPageModel();
        model.show(new Overview(2026, TODAY, List.of(EAST, WEST, HERE)));
        return model;
    }

    @Test
    void beforeTheFirstLoadThePageSaysItIsGatheringAndHasNoRows() {
        OverviewPageModel model = new OverviewPageModel();
        assertFalse(model.loaded());
        assertTrue(model.rows().isEmpty());
        assertEquals("正在汇总各支部…", model.summary());
        assertEquals("", model.totalLine());
    }

    @Test
    void theLinesSayHowManyBranchesWereReceivedAndWhichAreOlderThanAQuarter() {
        OverviewPageModel model = loaded();
        assertTrue(model.summary().startsWith("2026 年度，共 3 个支部，其中 2 个为接收的上报数据(按 2026-12-07 计算)"),
                model.summary());
        assertTrue(model.summary().endsWith("有 1 个支部的数据包已超过一季度未更新(红色)。"), model.summary());
        assertEquals("合计: 正式党员 40 人，预备党员 3 人，流动党员 1 人；学时达标 36/43；三会一课缺项 3 项；逾期承诺 1 项；待批改笔记 8 篇",
                model.totalLine());
        OverviewPageModel empty = new OverviewPageModel();
        empty.show(new Overview(2026, TODAY, List.of()));
        assertTrue(empty.summary().startsWith("还没有支部"), empty.summary());
    }

    @Test
    void eachColumnSaysItsNumberAndFlagsWhatNeedsAttention() {
        assertEquals("18/22", OverviewColumn.HOURS.text(EAST));
        assertEquals("上报", OverviewColumn.SOURCE.text(EAST));
        assertEquals("本机", OverviewColumn.SOURCE.text(HERE));
        assertEquals("2026-06-01(超过一季度)", OverviewColumn.REPORTED.text(WEST));
        assertEquals("", OverviewColumn.REPORTED.text(HERE));
        assertEquals("未完成", OverviewColumn.APPRAISAL.text(WEST));
        assertTrue(OverviewColumn.REPORTED.flagged(WEST));
        assertFalse(OverviewColumn.REPORTED.flagged(EAST));
        assertTrue(OverviewColumn.GAPS.flagged(WEST));
        assertTrue(OverviewColumn.OVERDUE.flagged(EAST));
        assertFalse(OverviewColumn.FULL.flagged(EAST));
    }

    @Test
    void everyColumnSortsItsRowsByItsOwnValueThenByName() {
        List<OverviewRow> rows = new ArrayList<>(List.of(EAST, WEST, HERE));
        rows.sort(OverviewColumn.FULL.order());
        assertEquals(List.of(WEST, HERE, EAST), rows);
        rows.sort(OverviewColumn.HOURS.order()); // by the share meeting the rule: 10/13, 18/22, 8/8
        assertEquals(List.of(HERE, EAST, WEST), rows);
        rows.sort(OverviewColumn.REPORTED.order()); // kept here first, then the oldest package
        assertEquals(List.of(HERE, WEST, EAST), rows);
        rows.sort(OverviewColumn.NOTES.order().reversed());
        assertEquals(List.of(HERE, EAST, WEST), rows);
        rows.sort(OverviewColumn.BRANCH.order());
        assertEquals(List.of(EAST, WEST, HERE), rows);
    }

    @Test
    void aNumberLeadsToTheMatchingPageOfItsBranchAndTheTotalNowhere() {
        OverviewPageModel model = loaded();
        assertEquals(new OverviewPageModel.Target(2, "西山村党支部", "pledges"),
                model.target(WEST, OverviewColumn.OVERDUE).orElseThrow());
        assertEquals("roster", model.target(EAST, OverviewColumn.PROBATIONARY).orElseThrow().page());
        assertEquals("study", model.target(EAST, OverviewColumn.GAPS).orElseThrow().page());
        assertEquals("notes", model.target(EAST, OverviewColumn.NOTES).orElseThrow().page());
        assertEquals("appraisal", model.target(EAST, OverviewColumn.APPRAISAL).orElseThrow().page());
        assertTrue(model.target(model.total().orElseThrow(), OverviewColumn.FULL).isEmpty());
    }
}
