package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReadingTest {
    @TempDir
    Path dir;

    @Test
    void legacyWorkbook() throws Exception {
        Path file = dir.resolve("花名册.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet sheet = wb.createSheet("花名册");
            HSSFRow title = sheet.createRow(0);
            title.createCell(0).setCellValue("红旗村党支部党员花名册");
            HSSFRow header = sheet.createRow(2);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("入党日期");
            header.createCell(2).setCellValue("手机号");
            HSSFRow data = sheet.createRow(3);
            data.createCell(0).setCellValue("张三");
            data.createCell(1).setCellValue(LocalDate.of(2019, 10, 11));
            HSSFCellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月d日"));
            data.getCell(1).setCellStyle(dateStyle);
            data.createCell(2).setCellValue(13800138000d);
            data.createCell(4).setCellFormula("C4*2");
            data.createCell(5).setCellValue(true);
            wb.createSheet("隐藏");
            wb.setSheetHidden(1, true);
            wb.write(out);
        }
        try (TableFile f = TableFiles.open(file)) {
            assertEquals(2, f.sheets().size());
            assertTrue(f.sheets().get(1).hidden());
            List<SheetRow> rows = Rows.all(f.sheets().get(0));
            assertEquals(List.of(1, 3, 4), rows.stream().map(SheetRow::number).toList());
            SheetRow r = rows.get(2);
            assertEquals(Cell.text("张三"), r.cell(0));
            assertEquals(new Cell(Cell.Kind.DATE, "2019-10-11", 43749), r.cell(1));
            assertEquals(new Cell(Cell.Kind.NUMBER, "13800138000", 13800138000d), r.cell(2));
            assertEquals(Cell.BLANK, r.cell(3));
            assertEquals(Cell.Kind.NUMBER, r.cell(4).kind(), "a formula reads as its cached result");
            assertEquals(Cell.text("TRUE"), r.cell(5));
            HeaderMatch h = HeaderDetector.detect(rows, List.of(ColumnSpec.required("姓名"),
                    ColumnSpec.optional("入党日期"), ColumnSpec.optional("手机号"))).orElseThrow();
            assertEquals(3, h.headerRowNumber());
        }
    }
}
