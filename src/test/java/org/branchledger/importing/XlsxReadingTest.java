package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {
    @TempDir
    Path dir;

    private Path write(String name, java.util.function.Consumer<Worksheet> fill) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            fill.accept(wb.newWorksheet("党员"));
            wb.newWorksheet("第二页").value(0, 0, "x");
            wb.finish();
        }
        return file;
    }

    @Test
    void cellsKeepTheirKinds() throws Exception {
        Path file = write("a.xlsx", ws -> {
            ws.value(0, 0, LocalDate.of(2019, 10, 11));
            ws.style(0, 0).format("yyyy-mm-dd").set();
            ws.value(0, 1, 440106199605283055d);
            ws.value(0, 2, 2.5);
            ws.value(0, 3, 1);
            ws.value(0, 4, " 张三 ");
            ws.value(0, 5, true);
            ws.value(0, 6, LocalDate.of(2020, 1, 2));
            ws.style(0, 6).format("yyyy\"年\"m\"月\"d\"日\"").set();
            ws.value(0, 7, 1234.5);
            ws.style(0, 7).format("#,##0.00\"元\"").set();
            ws.value(0, 9, "\u3000");
            ws.value(3, 0, 43749);
            ws.style(3, 0).format("@").set();
            ws.formula(3, 1, "A4+1");
        });
        List<SheetRow> rows = Rows.firstSheet(file);

        SheetRow r1 = rows.get(0);
        assertEquals(1, r1.number());
        assertEquals(new Cell(Cell.Kind.DATE, "2019-10-11", 43749), r1.cell(0));
        assertEquals(Cell.Kind.NUMBER, r1.cell(1).kind());
        assertEquals("440106199605283000", r1.cell(1).text());
        assertEquals(4.40106199605283E17, r1.cell(1).number(), 1e3);
        assertEquals("2.5", r1.cell(2).text());
        assertEquals(new Cell(Cell.Kind.NUMBER, "1", 1), r1.cell(3));
        assertEquals(Cell.text(" 张三 "), r1.cell(4));
        assertEquals(Cell.text("TRUE"), r1.cell(5));
        assertEquals(Cell.Kind.DATE, r1.cell(6).kind(), "年月日 format");
        assertEquals("2020-01-02", r1.cell(6).text());
        assertEquals(Cell.Kind.NUMBER, r1.cell(7).kind(), "a currency format is no date");
        assertEquals(Cell.BLANK, r1.cell(8));
        assertTrue(r1.cell(9).blank(), "full-width space");
        assertEquals(Cell.BLANK, r1.cell(99));

        SheetRow r4 = rows.get(1);
        assertEquals(4, r4.number(), "absent rows are skipped, numbers as Excel shows them");
        assertEquals(Cell.Kind.NUMBER, r4.cell(0).kind(), "a text format is no date");
        assertEquals(Cell.text("=A4+1"), r4.cell(1), "a formula never calculated has no cached value");
    }

    @Test
    void sheetsCanBeReadAgain() throws Exception {
        Path file = write("b.XLSX", ws -> ws.value(0, 0, "a"));
        try (TableFile f = TableFiles.open(file)) {
            assertEquals("b.XLSX", f.fileName());
            assertEquals(List.of("党员", "第二页"), f.sheets().stream().map(TableSheet::name).toList());
            TableSheet s = f.sheets().get(0);
            assertFalse(s.hidden());
            assertEquals(Rows.all(s), Rows.all(s));
            assertEquals(1, Rows.all(s).size());
        }
    }

    @Test
    void aDateCellBeyondExcelsLastDayStaysANumber() throws Exception {
        Path file = write("远.xlsx", ws -> {
            ws.value(0, 0, 1e20);
            ws.style(0, 0).format("yyyy-mm-dd").set();
            ws.value(0, 1, 2_958_465);
            ws.style(0, 1).format("yyyy-mm-dd").set();
            ws.value(0, 2, 2_958_466);
            ws.style(0, 2).format("yyyy-mm-dd").set();
        });
        SheetRow row = Rows.firstSheet(file).get(0);
        assertEquals(Cell.Kind.NUMBER, row.cell(0).kind(), "the row's date column rejects it; the file still reads");
        assertEquals("100000000000000000000", row.cell(0).text());
        assertEquals(new Cell(Cell.Kind.DATE, "9999-12-31", 2_958_465), row.cell(1));
        assertEquals(Cell.Kind.NUMBER, row.cell(2).kind());
    }

    @Test
    void plainNumbersAsExcelShowsThem() {
        assertEquals("440106199605283000", Cell.number(4.40106199605283E17).text());
        assertEquals("440106199605283000", Cell.number(new BigDecimal("440106199605283055")).text());
        assertEquals("0.3", Cell.number(0.1 + 0.2).text());
        assertEquals("0", Cell.number(-0.0).text());
        assertEquals("-12", Cell.number(-12.0).text());
        assertEquals("13800138000", Cell.number(1.3800138E10).text());
        assertEquals("0.0001", Cell.number(1e-4).text());
    }
}
