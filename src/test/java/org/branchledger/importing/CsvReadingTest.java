package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void anUnclosedQuoteIsReported() throws Exception {
        Path file = write("坏.csv", "a,b\n\"open,x\ny,z\n".getBytes(StandardCharsets.UTF_8));
        try (TableFile f = TableFiles.open(file); CloseableIterator<SheetRow> rows = f.sheets().get(0).rows()) {
            rows.next();
            ImportFileError e = assertThrows(ImportFileError.class, rows::next);
            assertEquals("坏.csv: 第2行的引号没有闭合,文件可能已损坏", e.exception().getMessage());
        }
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
