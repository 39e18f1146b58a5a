package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {
    private static final List<ColumnSpec> SPECS = List.of(
            ColumnSpec.required("姓名"),
            ColumnSpec.required("公民身份号码", "身份证号", "身份证号码"),
            ColumnSpec.optional("入党日期", "入党时间"),
            ColumnSpec.optional("手机号", "手机号码", "联系电话"));

    @Test
    void normalise() {
        assertEquals("姓名", HeaderDetector.normalise(" 姓\u3000名\u00A0"));
        assertEquals("公民身份号码", HeaderDetector.normalise("*公民身份号码(必填)"));
        assertEquals("公民身份号码", HeaderDetector.normalise("＊公民身份\n号码（必填）"));
        assertEquals("入党日期", HeaderDetector.normalise("※入党日期(YYYY-MM-DD)"));
        assertEquals("入党日期", HeaderDetector.normalise("入党日期（选填）(格式:2020-01-01)"));
        assertEquals("id号", HeaderDetector.normalise("ＩＤ号"));
        assertEquals("2025年", HeaderDetector.normalise("２０２５年"));
        assertEquals("(备注)", HeaderDetector.normalise("（备注）"), "a note that is the whole text stays");
        assertEquals("", HeaderDetector.normalise(null));
    }

    @Test
    void theRowNamingMostColumnsIsTheHeader() {
        List<SheetRow> rows = List.of(
                Rows.textRow(1, "红旗村党支部党员花名册"),
                Rows.textRow(2, "填报单位:红旗村党支部", "", "", "填报时间:2026年3月"),
                Rows.textRow(3, "序号", " 姓 名 ", "*身份证号(必填)", "入党时间\n(YYYY-MM-DD)", "政治面貌", "身份证号"),
                Rows.textRow(4, "1", "姓名", "身份证号", "", "", ""));
        HeaderMatch h = HeaderDetector.detect(rows, SPECS).orElseThrow();

        assertEquals(3, h.headerRowNumber());
        assertEquals(Map.of("姓名", 1, "公民身份号码", 2, "入党日期", 3), h.columns());
        assertEquals(List.of(0, 4), h.unmappedColumns(), "序号 and an unknown column");
        assertEquals(Map.of("公民身份号码", List.of(5)), h.alternates(), "a second ID column, to be compared");
        assertEquals("入党时间", h.headerName(3), "line breaks and hints in brackets kept out of messages");
        assertEquals("*身份证号(必填)", h.headerText(2));
        assertEquals(List.of(), h.missingRequired());
        assertTrue(h.column("手机号").isEmpty());
    }

    @Test
    void tiesGoToTheEarlierRowAndMissingFieldsAreListed() {
        List<SheetRow> rows = List.of(
                Rows.textRow(5, "姓名", "入党日期"),
                Rows.textRow(6, "姓名", "手机号"));
        HeaderMatch h = HeaderDetector.detect(rows, SPECS).orElseThrow();
        assertEquals(5, h.headerRowNumber());
        assertEquals(List.of("公民身份号码"), h.missingRequired());
        assertEquals(List.of("姓名", "入党日期", "", ""), List.of(h.headerText(0), h.headerText(1), h.headerText(2), h.headerText(-1)));
    }

    @Test
    void oneMatchIsNoHeader() {
        List<SheetRow> rows = List.of(Rows.textRow(1, "姓名", "工号", "部门"), Rows.textRow(2));
        assertTrue(HeaderDetector.detect(rows, SPECS).isEmpty());
        assertTrue(HeaderDetector.detect(List.of(), SPECS).isEmpty());
    }
}
