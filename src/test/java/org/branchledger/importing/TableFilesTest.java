package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {
    @TempDir
    Path dir;

    private String failure(Path file) {
        return assertThrows(ImportFileException.class, () -> TableFiles.open(file).close()).getMessage();
    }

    @Test
    void garbageIsNotAnExcelFile() throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path xlsx = Files.write(dir.resolve("花名册.xlsx"), junk);
        Path xls = Files.write(dir.resolve("旧表.xls"), "<html><table></table></html>".getBytes());
        assertEquals("花名册.xlsx: 无法读取,文件已损坏或不是 Excel 文件", failure(xlsx));
        assertEquals("旧表.xls: 无法读取,文件已损坏或不是 Excel 文件", failure(xls));
    }

    @Test
    void aBrokenZipIsNotAnExcelFile() throws Exception {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Path file = Files.write(dir.resolve("截断.xlsx"), zip);
        assertEquals("截断.xlsx: 无法读取,文件已损坏或不是 Excel 文件", failure(file));
    }

    @Test
    void otherTypesAreRefused() throws Exception {
        Path txt = Files.writeString(dir.resolve("名单.txt"), "姓名\n张三\n");
        assertEquals("名单.txt: 不支持的文件类型,请使用 .xlsx、.xls 或 .csv", failure(txt));
        Path none = Files.writeString(dir.resolve("名单"), "姓名\n");
        assertEquals("名单: 不支持的文件类型,请使用 .xlsx、.xls 或 .csv", failure(none));
    }

    @Test
    void missingAndEmptyFiles() throws Exception {
        assertEquals("a.xlsx: 文件不存在", failure(dir.resolve("a.xlsx")));
        assertEquals("空.csv: 文件是空的", failure(Files.createFile(dir.resolve("空.csv"))));
        ImportFileException e = assertThrows(ImportFileException.class, () -> TableFiles.open(dir.resolve("a.xlsx")));
        assertEquals("a.xlsx", e.fileName());
        assertEquals("文件不存在", e.problem());
    }

    @Test
    void contentDecidesBetweenXlsAndXlsx() throws Exception {
        Path xlsxNamedXls = dir.resolve("导出.xls");
        try (OutputStream out = Files.newOutputStream(xlsxNamedXls)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("表").value(0, 0, "姓名");
            wb.finish();
        }
        Path xlsNamedXlsx = dir.resolve("旧.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsNamedXlsx)) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        for (Path file : new Path[] {xlsxNamedXls, xlsNamedXlsx}) {
            assertEquals(Cell.text("姓名"), Rows.firstSheet(file).get(0).cell(0), file.toString());
        }
    }

    @Test
    void aDamagedOle2FileIsNotAnExcelFile() throws Exception {
        byte[] bytes = new byte[2048];
        new Random(3).nextBytes(bytes);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, bytes, 0, ole2.length);
        assertEquals("坏.xls: 无法读取,文件已损坏或不是 Excel 文件", failure(Files.write(dir.resolve("坏.xls"), bytes)));
    }

    @Test
    void aSheetDamagedHalfWayFailsWhileReadingRows() throws Exception {
        Path good = dir.resolve("good.xlsx");
        try (OutputStream out = Files.newOutputStream(good)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("表");
            for (int r = 0; r < 2000; r++) {
                ws.value(r, 0, "第" + r + "行");
            }
            wb.finish();
        }
        Path bad = dir.resolve("半截.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    data = java.util.Arrays.copyOf(data, data.length / 2);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
            }
        }
        try (TableFile f = TableFiles.open(bad); CloseableIterator<SheetRow> rows = f.sheets().get(0).rows()) {
            ImportFileError e = assertThrows(ImportFileError.class, () -> rows.forEachRemaining(r -> { }));
            assertEquals("半截.xlsx: 无法读取,文件已损坏或不是 Excel 文件", e.getMessage());
        }
    }
}
