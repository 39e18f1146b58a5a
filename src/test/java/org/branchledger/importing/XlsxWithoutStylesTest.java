package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An .xlsx without xl/styles.xml (legal: some tools write none) is read; its dates come as plain numbers. */
class XlsxWithoutStylesTest {
    @TempDir
    Path dir;

    /** A normal .xlsx written by FastExcel, then zipped again without styles.xml and every reference to it. */
    static Path withoutStyles(Path dir, String name) throws Exception {
        return rezipped(dir, name, null);
    }

    /** The same workbook with styles.xml removed (styles null) or replaced by the given bytes. */
    private static Path rezipped(Path dir, String name, byte[] styles) throws Exception {
        Path normal = dir.resolve("normal-" + name);
        try (OutputStream out = Files.newOutputStream(normal)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("党员");
            ws.value(0, 0, "姓名");
            ws.value(0, 1, "公民身份号码");
            ws.value(0, 2, "入党日期");
            ws.value(1, 0, "张三");
            ws.value(1, 1, "110105194712254940");
            ws.value(1, 2, LocalDate.of(2019, 10, 11));
            ws.style(1, 2).format("yyyy-mm-dd").set();
            ws.value(2, 0, "李四");
            ws.value(2, 1, 2.5);
            wb.finish();
        }
        Path bare = dir.resolve(name);
        try (ZipFile in = new ZipFile(normal.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bare))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().equals("xl/styles.xml")) {
                    if (styles != null) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        out.write(styles);
                        out.closeEntry();
                    }
                    continue;
                }
                byte[] data;
                try (InputStream s = in.getInputStream(entry)) {
                    data = s.readAllBytes();
                }
                if (styles == null && entry.getName().equals("[Content_Types].xml") || entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    String stripped = xml.replaceAll("<(Override|Relationship)\\b[^>]*styles[^>]*/>", "");
                    assertFalse(stripped.contains("styles"), entry.getName() + " still names styles: " + stripped);
                    data = stripped.getBytes(StandardCharsets.UTF_8);
                }
                // the sheet's cells keep their s="n" attributes: they point into a styles part that is not there
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.delete(normal);
        return bare;
    }

    @Test
    void isReadWithDatesAsPlainNumbers() throws Exception {
        Path file = withoutStyles(dir, "无样式.xlsx");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("xl/styles.xml") == null, "the fixture really has no styles part");
        }
        assertFalse(XlsxTableFile.hasStyles(file));
        List<SheetRow> rows = Rows.firstSheet(file);
        assertEquals(3, rows.size());
        assertEquals(Cell.text("姓名"), rows.get(0).cell(0));
        assertEquals(Cell.text("110105194712254940"), rows.get(1).cell(1));
        assertEquals(new Cell(Cell.Kind.NUMBER, "43749", 43749), rows.get(1).cell(2), "no format: a plain serial");
        assertEquals(new Cell(Cell.Kind.NUMBER, "2.5", 2.5), rows.get(2).cell(1));
    }

    @Test
    void aBrokenStylesPartIsReadWithoutFormats() throws Exception {
        Path file = rezipped(dir, "坏样式.xlsx", "<styleSheet><numFmts".getBytes(StandardCharsets.UTF_8));
        assertTrue(XlsxTableFile.hasStyles(file));
        List<SheetRow> rows = Rows.firstSheet(file);
        assertEquals(Cell.text("张三"), rows.get(1).cell(0));
        assertEquals(Cell.Kind.NUMBER, rows.get(1).cell(2).kind());
        assertEquals(43749, rows.get(1).cell(2).number());
    }

    @Test
    void aNormalWorkbookKeepsItsDateFormats() throws Exception {
        Path file = dir.resolve("有样式.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("党员");
            ws.value(0, 0, LocalDate.of(2019, 10, 11));
            ws.style(0, 0).format("yyyy-mm-dd").set();
            wb.finish();
        }
        assertTrue(XlsxTableFile.hasStyles(file));
        assertEquals(new Cell(Cell.Kind.DATE, "2019-10-11", 43749), Rows.firstSheet(file).get(0).cell(0));
    }
}
