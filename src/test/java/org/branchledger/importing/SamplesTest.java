package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample files (src/test/resources/samples) read as the importers will read them. */
class SamplesTest {
    static final List<ColumnSpec> ROSTER = List.of(
            ColumnSpec.required("姓名"),
            ColumnSpec.required("公民身份号码", "身份证号", "身份证号码", "公民身份证号", "公民身份号码"),
            ColumnSpec.optional("性别"),
            ColumnSpec.optional("民族"),
            ColumnSpec.optional("出生日期", "出生年月"),
            ColumnSpec.optional("入党日期", "入党时间"),
            ColumnSpec.optional("转正日期", "转正时间"),
            ColumnSpec.optional("手机号", "手机号码", "联系电话"),
            ColumnSpec.optional("备注"));

    @Test
    void villageRosterHeaderSitsUnderTheTitleAndTheUnitLine() throws Exception {
        List<SheetRow> rows = Rows.firstSheet(Rows.SAMPLES.resolve("花名册-示例村.xlsx"));
        HeaderMatch h = HeaderDetector.detect(rows.subList(0, 30), ROSTER).orElseThrow();

        assertEquals(3, h.headerRowNumber());
        assertEquals(1, h.columns().get("姓名"));
        assertEquals(4, h.columns().get("公民身份号码"));
        assertEquals("身份证号码", h.headerText(4));
        assertTrue(h.complete());
        assertEquals(0, HeaderDetector.match(Rows.row(rows, 2), ROSTER).columns().size(), "填报单位 line");
        assertTrue(h.unmappedColumns().contains(0), "序号 names no field");
    }

    @Test
    void villageRosterCellsArriveAsTheFileHoldsThem() throws Exception {
        List<SheetRow> rows = Rows.firstSheet(Rows.SAMPLES.resolve("花名册-示例村.xlsx"));
        SheetRow first = Rows.row(rows, 4);

        Cell fullMemberOn = first.cell(8);
        assertEquals(Cell.Kind.DATE, fullMemberOn.kind(), "yyyy-mm-dd is a date format");
        assertEquals(43749, fullMemberOn.number());
        assertEquals("2019-10-11", fullMemberOn.text());
        assertEquals(new Cell(Cell.Kind.NUMBER, "1", 1), first.cell(0));
        assertEquals("440106199605283055", first.cell(4).text(), "an ID typed as text stays text");
        assertEquals(Cell.Kind.TEXT, first.cell(4).kind());
        assertEquals("  付晓 ", Rows.row(rows, 7).cell(1).text(), "text is not trimmed");
        assertEquals("付晓", Rows.row(rows, 7).cell(1).stripped());
    }

    @Test
    void villageRosterFooterIsNotData() throws Exception {
        List<SheetRow> rows = Rows.firstSheet(Rows.SAMPLES.resolve("花名册-示例村.xlsx"));
        SheetRow footer = Rows.row(rows, 49);

        assertEquals("填表人:王红梅", footer.cell(0).text());
        assertTrue(DataRows.isFooter(footer));
        assertFalse(DataRows.isFooter(Rows.row(rows, 47)));
        assertEquals(43, rows.stream().filter(r -> r.number() > 3).filter(DataRows::isData).count());
    }

    @Test
    void enterpriseRosterReadsTheSameAsItsGbkCsv() throws Exception {
        List<SheetRow> xlsx = Rows.firstSheet(Rows.SAMPLES.resolve("花名册-示例企业.xlsx"));
        List<SheetRow> csv;
        try (TableFile f = TableFiles.open(Rows.SAMPLES.resolve("花名册-示例企业-GBK.csv"))) {
            assertEquals("GB18030", ((CsvTableFile) f).charset().name());
            assertEquals(1, f.sheets().size());
            csv = Rows.all(f.sheets().get(0));
        }
        HeaderMatch hx = HeaderDetector.detect(xlsx.subList(0, 30), ROSTER).orElseThrow();
        HeaderMatch hc = HeaderDetector.detect(csv.subList(0, 30), ROSTER).orElseThrow();

        assertEquals(3, hx.headerRowNumber());
        assertEquals(1, hc.headerRowNumber());
        assertEquals(hx.columns(), hc.columns());
        assertEquals(3, hc.columns().get("公民身份号码"));
        assertEquals("万林", csv.get(1).cell(1).text());
        assertEquals(2, csv.get(1).number());
        assertEquals(data(xlsx, hx), data(csv, hc));
        assertEquals(59, data(csv, hc));
        assertEquals("流动党员,外出务工", Rows.row(csv, 9).cell(14).text(), "a quoted comma");
    }

    @Test
    void enterpriseCsvIsNotValidUtf8() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(Rows.SAMPLES.resolve("花名册-示例企业-GBK.csv"));
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("万林"));
    }

    private static long data(List<SheetRow> rows, HeaderMatch h) {
        return rows.stream().filter(r -> r.number() > h.headerRowNumber()).filter(DataRows::isData).count();
    }
}
