package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] text = "姓名,公民身份号码\r\n张三,110105194712254940\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (Path file : List.of(write("plain.csv", text), write("bom.CSV", concat(bom, text)))) {
            List<SheetRow> rows = Rows.firstSheet(file);
            assertEquals(2, rows.size(), file.toString());
            assertEquals(Cell.text("姓名"), rows.get(0).cell(0), "no BOM left in the first cell");
            assertEquals(Cell.text("110105194712254940"), rows.get(1).cell(1), "digits stay TEXT");
            assertEquals(2, rows.get(1).number());
        }
    }

    @Test
    void gbkIsDecoded() throws Exception {
        Path file = write("gbk.csv", "姓名,民族\n阿依古丽·买买提,维吾尔族\n".getBytes(Charset.forName("GBK")));
        List<SheetRow> rows = Rows.firstSheet(file);
        assertEquals("阿依古丽·买买提", rows.get(1).cell(0).text());
        assertEquals("维吾尔族", rows.get(1).cell(1).text());
    }

    @Test
    void quotesCommasAndLineBreaks() throws Exception {
        String csv = "a,b,c\n"
                + "\"1,2\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n"
                + ",,\n"
                + "\n"
                + "x,\"\",5\" tall\r"
                + "last,row";
        List<SheetRow> rows = Rows.firstSheet(write("q.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(6, rows.size());
        assertEquals(List.of(Cell.text("1,2"), Cell.text("say \"hi\""), Cell.text("two\nlines")), rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
        assertTrue(rows.get(2).blank());
        assertEquals(3, rows.get(2).cells().size());
        assertTrue(rows.get(3).blank());
        assertEquals(List.of(Cell.text("x"), Cell.BLANK, Cell.text("5\" tall")), rows.get(4).cells());
        assertEquals(List.of(Cell.text("last"), Cell.text("row")), rows.get(5).cells());
        assertEquals(6, rows.get(5).number(), "records, as Excel numbers its rows");
    }

    @Test
    void anUnclosedQuoteRefusesTheFileNamingTheRowWhereItOpened() throws Exception {
        Path file = write("坏.csv", "a,b\n\"open,x\ny,z\n".getBytes(StandardCharsets.UTF_8));
        ImportFileException e = assertThrows(ImportFileException.class, () -> TableFiles.open(file));
        assertEquals("坏.csv 第2行: 引号没有配对(“\"”开始后直到文件末尾没有结束的引号)，请用 Excel 打开后另存为 CSV 再导入",
                e.getMessage());
        assertEquals("坏.csv", e.fileName());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anUnclosedQuoteAfterMultiLineCellsNamesTheRowExcelShows() throws Exception {
        String csv = "姓名,备注\n张三,\"两\n行\"\n李四,x\n王五,\"没有结束\n赵六,y\n";
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> TableFiles.open(write("名单.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("名单.csv 第4行: 引号没有配对"), e.getMessage());
    }

    @Test
    void aStrayQuoteThatSwallowsLinesIsRefusedNotMerged() throws Exception {
        // the quote before 唐 pairs with the one before 110…: three lines would become one cell
        String csv = "姓名,公民身份号码\n陆文明,370102198008293177\n\"唐长飞,310104197409303759\n"
                + "张三,\"110101199003074514\n李四,110101199003074515\n";
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> TableFiles.open(write("名单.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals("名单.csv 第3行: 引号没有配对(“\"”开始的单元格跨过换行到后面的行才结束，几行被并成了一行)，"
                + "请用 Excel 打开后另存为 CSV 再导入", e.getMessage());
    }

    @Test
    void aStrayQuoteWithinOneLineIsKeptAsExcelKeepsIt() throws Exception {
        List<SheetRow> rows = Rows.firstSheet(write("q.csv", "a,b\n\"x\"y,5\" tall\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(Cell.text("xy"), Cell.text("5\" tall")), rows.get(1).cells());
    }

    @Test
    void utf16WithEitherByteOrderMarkAndTabsAsExcelsUnicodeText() throws Exception {
        String text = "党员名册\r\n姓名\t公民身份号码\t家庭住址\r\n张三\t110105194712254940\t\"北京市,东城区\t1号\"\r\n";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        for (Path file : List.of(write("le.csv", le), write("be.csv", be))) {
            List<SheetRow> rows = Rows.firstSheet(file);
            assertEquals(3, rows.size(), file.toString());
            assertEquals(List.of(Cell.text("党员名册")), rows.get(0).cells(), "no BOM left in the first cell");
            assertEquals(List.of(Cell.text("姓名"), Cell.text("公民身份号码"), Cell.text("家庭住址")), rows.get(1).cells());
            assertEquals(List.of(Cell.text("张三"), Cell.text("110105194712254940"), Cell.text("北京市,东城区\t1号")),
                    rows.get(2).cells());
        }
    }

    @Test
    void utf16WithCommas() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "姓名,公民身份号码\n张三,110105194712254940\n".getBytes(StandardCharsets.UTF_16LE));
        List<SheetRow> rows = Rows.firstSheet(write("u.csv", le));
        assertEquals(List.of(Cell.text("张三"), Cell.text("110105194712254940")), rows.get(1).cells());
    }

    @Test
    void theDelimiterIsWhatSplitsTheFirstRecordsMost() throws Exception {
        Path tabs = write("t.csv", "姓名\t家庭住址\t备注\n张三\t北京市,东城区\t\n".getBytes(StandardCharsets.UTF_8));
        try (TableFile f = TableFiles.open(tabs)) {
            assertEquals('\t', ((CsvTableFile) f).delimiter());
            assertEquals(List.of(Cell.text("张三"), Cell.text("北京市,东城区"), Cell.BLANK), Rows.all(f.sheets().get(0)).get(1).cells());
        }
        Path commas = write("c.csv", "姓名,备注,学历\n张三,a\tb,大学\n".getBytes(StandardCharsets.UTF_8));
        try (TableFile f = TableFiles.open(commas)) {
            assertEquals(',', ((CsvTableFile) f).delimiter());
            assertEquals(Cell.text("a\tb"), Rows.all(f.sheets().get(0)).get(1).cell(1));
        }
        Path gbkTabs = write("g.csv", "姓名\t民族\n阿依古丽\t维吾尔族\n".getBytes(Charset.forName("GBK")));
        assertEquals(Cell.text("维吾尔族"), Rows.firstSheet(gbkTabs).get(1).cell(1));
    }

    @Test
    void aHundredThousandRowsStream() throws Exception {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("日期,形式,主题,学时,姓名,公民身份号码,出勤\r\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("2026-03-05,党员大会,学习二十届四中全会精神,2,张三" + i + ",11010519471225" + (1000 + i % 9000) + ",出席\r\n");
            }
        }
        long count = 0;
        int last = 0;
        try (TableFile f = TableFiles.open(file); CloseableIterator<SheetRow> rows = f.sheets().get(0).rows()) {
            while (rows.hasNext()) {
                last = rows.next().number();
                count++;
            }
        }
        assertEquals(100_001, count);
        assertEquals(100_001, last);
    }
}
