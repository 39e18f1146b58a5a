package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataRowsTest {
    @Test
    void linesUnderTheTable() {
        for (String first : List.of("填表人:王红梅", "  审核人：李四", "制表人", "负责人(签字):", "联系人: 张三 13800138000",
                "填报人:", "盖章", "注:出生日期按身份证填写", "注：", "说明:1.…", "备注:本表一式两份", "合计", "填表说明")) {
            assertTrue(DataRows.isFooter(Rows.textRow(50, "", first)), first);
        }
        assertTrue(DataRows.isFooter(Rows.textRow(50, "", "", "党支部（盖章）")));
        assertTrue(DataRows.isFooter(Rows.textRow(50, "2026年3月", "单位(盖章)")));
    }

    @Test
    void dataIsData() {
        assertFalse(DataRows.isFooter(Rows.textRow(4, "1", "张三", "110105194712254940", "", "备注里写了注:")));
        assertFalse(DataRows.isFooter(Rows.textRow(4, "备注")), "a bare 备注 is a header, not a note");
        assertFalse(DataRows.isFooter(new SheetRow(4, List.of(Cell.number(1), Cell.text("注:")))));
        assertFalse(DataRows.isData(Rows.textRow(4, "", "\u3000")));
        assertTrue(DataRows.isData(Rows.textRow(4, "", "张三")));
    }
}
