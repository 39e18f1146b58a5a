package org.branchledger.safety;

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
import org.branchledger.bench.FuzzTrial;
import org.branchledger.demo.DemoPeople;
import org.branchledger.testing.CliRun;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * Issue 15 through the real command line: a quote that does not pair is exit 2 for every importer; an
 * invisible character in a name and a number no column can hold are row errors (exit 3), never exit 1;
 * UTF-16 CSV and an .xlsx without styles are read.
 */
@OnBothEngines
class ImportBadCellsTest {
    private static final List<String> IMPORTERS = List.of("import-roster", "import-study", "import-notes",
            "import-pledges", "import-appraisal --year 2026");

    @TempDir
    Path work;
    private Path data;
    private CliRun cli;
    private String name;
    private String id;

    @BeforeEach
    void demo() {
        data = work.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "5");
        assertEquals(0, cli.run("members", "--format", "csv"));
        String[] first = cli.out().lines().skip(1).findFirst().orElseThrow().split(",");
        name = first[0];
        id = first[1];
    }

    private int importing(String importer, Path file) {
        String[] words = importer.split(" ");
        String[] args = new String[words.length + 1];
        args[0] = words[0];
        args[1] = file.toString();
        System.arraycopy(words, 1, args, 2, words.length - 1);
        return cli.run(args);
    }

    private Path csv(String fileName, String text) throws Exception {
        Path file = work.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aQuoteThatDoesNotPairIsExit2ForEveryImporter() throws Exception {
        Path file = csv("名单.csv", "姓名,公民身份号码,日期,形式,主题,学时,出勤\n" + name + "," + id
                + ",2026-03-01,党员大会,学习,1,出席\n\"" + name + "," + id + ",2026-03-02,党员大会,学习,1,出席\n");
        String before = FuzzTrial.digest(data);
        for (String importer : IMPORTERS) {
            assertEquals(2, importing(importer, file), importer + ": " + cli.err());
            assertEquals(List.of("名单.csv 第3行: 引号没有配对(“\"”开始后直到文件末尾没有结束的引号)，请用 Excel 打开后另存为 CSV 再导入"),
                    cli.err().lines().toList(), importer);
        }
        assertEquals(before, FuzzTrial.digest(data), "nothing written");
    }

    @Test
    void anInvisibleCharacterInANameIsARowError() throws Exception {
        String before = FuzzTrial.digest(data);
        Path notes = csv("笔记.csv", "姓名,公民身份号码,日期,类别,题目,字数\n\u202E" + name + "," + id
                + ",2026-03-01,笔记,学习,1200\n");
        assertEquals(3, importing("import-notes", notes), cli.err());
        assertTrue(cli.err().contains("笔记.csv 第2行 姓名: 含不可见字符(U+202E)，请重新输入"), cli.err());
        Path votes = csv("评议.csv", "姓名,公民身份号码,优秀票,合格票,基本合格票,不合格票\n" + name + "\u0007," + id + ",1,2,0,0\n");
        assertEquals(3, importing("import-appraisal --year 2026", votes), cli.err());
        assertTrue(cli.err().contains("评议.csv 第2行 姓名: 含不可见字符(U+0007)，请重新输入"), cli.err());
        assertEquals(before, FuzzTrial.digest(data));
    }

    @Test
    void absurdNumbersAreRowErrorsNotFailures() throws Exception {
        String huge = "99999999999999999999";
        String before = FuzzTrial.digest(data);
        Path notes = csv("笔记.csv", "姓名,公民身份号码,日期,类别,题目,字数\n" + name + "," + id + ",2026-03-01,笔记,学习," + huge
                + "\n" + name + "," + id + ",2026-03-01,笔记,学习二,1e999999999\n");
        assertEquals(3, importing("import-notes", notes), cli.err());
        assertTrue(cli.err().contains("第2行 字数: 应为不小于 0 的整数: " + huge), cli.err());

        Path pledges = csv("承诺.csv", "承诺主体,姓名,公民身份号码,类别,承诺内容,完成时限,公示日期,评诺结果,满意度\n"
                + "党员," + name + "," + id + ",带头学习提高,学习,2026-12-01,2026-01-05,已兑现," + huge + "\n"
                + "党员," + name + "," + id + ",带头学习提高,学习二,2026-12-01,2026-01-05,已兑现,1e-999999999\n"
                + "党员," + name + "," + id + ",带头学习提高,学习三," + huge + ",2026-01-05,已兑现,-1e-2147483647\n");
        assertEquals(3, importing("import-pledges", pledges), cli.err());
        assertTrue(cli.err().contains("承诺.csv 第2行 满意度: 应在 0% 到 100% 之间: " + huge), cli.err());
        assertTrue(cli.err().contains("承诺.csv 第4行 完成时限: "), cli.err());
        assertFalse(cli.err().contains("意外错误"), cli.err());

        Path votes = csv("评议.csv", "姓名,公民身份号码,优秀票,合格票,基本合格票,不合格票,满意\n" + name + "," + id + "," + huge
                + ",1e999999999,-1,1.5,0\n");
        assertEquals(3, importing("import-appraisal --year 2026", votes), cli.err());
        assertTrue(cli.err().contains("评议.csv 第2行 优秀票: 应为不小于 0 的整数: " + huge), cli.err());
        assertEquals(before, FuzzTrial.digest(data));
    }

    @Test
    void excelsUnicodeTextIsImported() throws Exception {
        String newId = new DemoPeople(991).randomPerson(30, 60, LocalDate.of(2026, 1, 1)).idNumber().value();
        Path file = work.resolve("名册.csv");
        String text = "\uFEFF党员名册\r\n姓名\t公民身份号码\t入党日期\r\n" + name + "\t" + id + "\t\r\n王新\t" + newId
                + "\t2019-10-11\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(0, importing("import-roster", file), cli.err());
        assertEquals(0, cli.run("members", "--format", "csv"));
        assertTrue(cli.out().contains("王新," + newId + ","), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("王新,") && l.contains(",2019-10-11,")), cli.out());
    }

    @Test
    void anXlsxWithoutStylesIsImportedWithItsDateSerials() throws Exception {
        String newId = new DemoPeople(992).randomPerson(30, 60, LocalDate.of(2026, 1, 1)).idNumber().value();
        Path normal = work.resolve("有样式.xlsx");
        try (OutputStream out = Files.newOutputStream(normal)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("花名册");
            ws.value(0, 0, "姓名");
            ws.value(0, 1, "公民身份号码");
            ws.value(0, 2, "入党日期");
            ws.value(1, 0, "王新");
            ws.value(1, 1, newId);
            ws.value(1, 2, LocalDate.of(2019, 10, 11));
            ws.style(1, 2).format("yyyy-mm-dd").set();
            wb.finish();
        }
        Path bare = work.resolve("无样式.xlsx");
        org.branchledger.bench.FuzzInputs.dropStyles(normal, bare);
        assertEquals(0, importing("import-roster", bare), cli.err());
        assertEquals(0, cli.run("members", "--format", "csv"));
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("王新," + newId + ",") && l.contains(",2019-10-11,")),
                cli.out());
    }
}
