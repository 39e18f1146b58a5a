package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxLedgerWriterTest {
    private final XlsxLedgerWriter writer = new XlsxLedgerWriter();

    private static List<List<String>> read(Sheet sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(row.getCellText(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aLedgerIsOneSheetWithTitleHeaderAndEveryRow() throws IOException {
        LedgerDocument roster = SampleLedgers.roster(60, Orientation.AUTO);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(roster, PdfLedgerWriterTest.PRINTED, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(1, sheets.size());
            assertEquals("党员花名册", sheets.get(0).getName());
            List<List<String>> rows = read(sheets.get(0));
            assertEquals("党员花名册", rows.get(0).get(0));
            assertTrue(rows.get(1).contains("党支部：" + SampleLedgers.BRANCH), rows.get(1).toString());
            assertTrue(rows.get(1).contains("期间：2026年度"), rows.get(1).toString());
            assertEquals(SampleLedgers.rosterColumns().stream().map(Column::title).toList(), rows.get(2));
            for (int i = 0; i < 60; i++) {
                assertEquals(SampleLedgers.rosterRow(i), rows.get(3 + i), "row " + i);
            }
            String rest = rows.subList(63, rows.size()).toString();
            assertTrue(rest.contains("合计: 正式党员 60 名"), rest);
            assertTrue(rest.contains("打印日期：2026年11月22日") && rest.contains("校验码：7QK3-M9XD"), rest);
            assertTrue(rest.contains("填表人：________") && rest.contains("支部书记：________"), rest);
        }
        String sheetXml = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertTrue(sheetXml.contains("orientation=\"landscape\""), "prints landscape like the PDF");
        assertTrue(sheetXml.contains("fitToWidth=\"1\"") && sheetXml.contains("fitToHeight=\"0\""), sheetXml);
        assertTrue(entry(out.toByteArray(), "xl/workbook.xml").contains("$3:$3"), "header repeats on every page");
    }

    @Test
    void aPackHasAContentsSheetThenOneUniquelyNamedSheetPerLedger() throws IOException {
        LedgerDocument odd = new LedgerDocument("读书笔记、心得体会批阅登记表/2026年第一季度[补录]:全体党员", "支部", "2026年",
                Orientation.AUTO, List.of(new TableSection(null, List.of(Column.of("姓名", 1)), List.of())), null);
        List<LedgerDocument> ledgers = List.of(SampleLedgers.signIn(), SampleLedgers.signIn(), odd,
                SampleLedgers.pledges());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePack(new PackCover("督查材料包", SampleLedgers.BRANCH, "2026年度", "PACK-1"), ledgers,
                PdfLedgerWriterTest.PRINTED, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(5, sheets.size());
            List<String> names = sheets.stream().map(Sheet::getName).toList();
            assertEquals("目录", names.get(0));
            assertEquals(names.size(), names.stream().map(String::toLowerCase).distinct().count(), names.toString());
            for (String name : names) {
                assertTrue(name.length() <= 31 && name.chars().noneMatch(ch -> "[]:*?/\\".indexOf(ch) >= 0), name);
            }
            String contents = read(sheets.get(0)).toString();
            assertTrue(contents.contains("督查材料包") && contents.contains("校验码：PACK-1"), contents);
            for (LedgerDocument ledger : ledgers) {
                assertTrue(contents.contains(ledger.title()), contents);
            }
            List<List<String>> signIn = read(sheets.get(2));
            assertEquals("学习签到表", signIn.get(0).get(0));
            assertTrue(signIn.toString().contains("主题: 学习贯彻党的二十届四中全会精神"));
            assertTrue(read(sheets.get(3)).toString().contains("（无）"));
        }
    }

    @Test
    void textOnlyAndPortraitLedgersWriteToo() throws IOException {
        LedgerDocument notice = new LedgerDocument("公示", "第一党支部", "2026年", Orientation.AUTO,
                List.of(TextSection.of("公示期: 2026年1月5日至1月11日", "监督电话: 0571-8888 6666")), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(notice, PdfLedgerWriterTest.PRINTED, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String all = read(wb.getFirstSheet()).toString();
            assertTrue(all.contains("公示期: 2026年1月5日至1月11日") && all.contains("打印日期：2026年11月22日"), all);
        }
        ByteArrayOutputStream signIn = new ByteArrayOutputStream();
        writer.write(SampleLedgers.signIn(), PdfLedgerWriterTest.PRINTED, signIn);
        assertTrue(entry(signIn.toByteArray(), "xl/worksheets/sheet1.xml").contains("orientation=\"portrait\""));
    }

    @Test
    void sheetNamesAreLegalAndUnique() {
        SheetNames names = new SheetNames();
        assertEquals("a_b_c", names.unique("a/b:c"));
        assertEquals("A_B_C(2)", names.unique("A/B:C"));
        String longName = "一二三四五六七八九十".repeat(4);
        assertEquals(longName.substring(0, 31), names.unique(longName));
        assertEquals(longName.substring(0, 28) + "(2)", names.unique(longName));
        assertEquals("Sheet", names.unique("  "));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("ledger", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                if (e == null) {
                    throw new AssertionError("no " + name);
                }
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
