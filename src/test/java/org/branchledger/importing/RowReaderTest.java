package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RowReader's checks on names, lengths and numbers: each a rejection of the row, never an exception. */
class RowReaderTest {
    private static final List<ColumnSpec> SPECS = List.of(ColumnSpec.required("姓名"), ColumnSpec.optional("题目"),
            ColumnSpec.optional("字数", "字 数"));

    @TempDir
    Path dir;

    private record Read(List<RowReader> readers, List<RowRejection> rejections) {
    }

    private Read read(String csv) throws Exception {
        Path file = dir.resolve("表.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportTable table = ImportTable.read(file, SPECS, Progress.NONE);
        List<RowRejection> rejections = new ArrayList<>();
        List<RowReader> readers = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            readers.add(new RowReader(table, row, rejections));
        }
        return new Read(readers, rejections);
    }

    @Test
    void aNameWithAnInvisibleCharacterIsRejected() throws Exception {
        Read r = read("姓名,题目\n张三,学习\n\u202E三张,学习\n李\u0007四,x\u202Ey\n");
        assertEquals("张三", r.readers().get(0).text("姓名", true));
        assertNull(r.readers().get(1).text("姓名", true));
        assertTrue(r.readers().get(1).failed());
        assertNull(r.readers().get(2).text("姓名", false));
        assertEquals("x\u202Ey", r.readers().get(2).text("题目", false), "only 姓名 is checked");
        assertEquals(List.of(new RowRejection(3, "姓名", "含不可见字符(U+202E)，请重新输入"),
                new RowRejection(4, "姓名", "含不可见字符(U+0007)，请重新输入")), r.rejections());
        assertEquals("表.csv 第3行 姓名: 含不可见字符(U+202E)，请重新输入", r.rejections().get(0).line("表.csv", null));
    }

    @Test
    void aTextLongerThanItsLimitIsRejected() throws Exception {
        Read r = read("姓名,题目\n张三,十个字十个字十个字十\n李四,十一个字十一个字十一个\n王五,😀😀\n");
        assertEquals("十个字十个字十个字十", r.readers().get(0).text("题目", true, 10));
        assertNull(r.readers().get(1).text("题目", true, 10));
        assertEquals("😀😀", r.readers().get(2).text("题目", true, 2), "an emoji is one character");
        assertEquals(List.of(new RowRejection(3, "题目", "过长(最多10字)")), r.rejections());
        assertNull(r.readers().get(0).text("字数", false, 10));
        assertFalse(r.readers().get(0).failed());
    }

    @Test
    void wholeNumbersOfAnySizeAreRowErrors() throws Exception {
        Read r = read("姓名,字 数\n甲,1200\n乙,\"1,200\"\n丙,１２００\n丁,12.0\n"
                + "戊,99999999999999999999\n己,-5\n庚,1.5\n辛,1e9\n壬,=SUM(1)\n癸,\n子,2147483648\n");
        List<Integer> got = new ArrayList<>();
        for (RowReader reader : r.readers()) {
            got.add(reader.wholeNumber("字数", true, 100_000));
        }
        assertEquals(java.util.Arrays.asList(1200, 1200, 1200, 12, null, null, null, null, null, null, null), got);
        List<String> reasons = r.rejections().stream().map(RowRejection::reason).toList();
        assertEquals(List.of("应为 0 到 100000 的整数: 99999999999999999999", "应为 0 到 100000 的整数: -5",
                "应为 0 到 100000 的整数: 1.5", "应为 0 到 100000 的整数: 1e9", Text.FORMULA_REASON, "不能为空",
                "应为 0 到 100000 的整数: 2147483648"), reasons);
        assertEquals("字数", r.rejections().get(0).column(), "the column as the file names it, spaces inside left out");
    }
}
