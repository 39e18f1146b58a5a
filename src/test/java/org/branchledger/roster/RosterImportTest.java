package org.branchledger.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.Samples;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** import-roster on the samples and on files the tests write, through the real command line. */
@OnBothEngines
class RosterImportTest {
    private static final Path SAMPLES = Samples.DIR;

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir.resolve("data"));
    }

    /** 公民身份号码 → 姓名 from the expected JSON (flat, so a regex reads it), in the file's order. */
    private static Map<String, String> expectedMembers(String json) throws Exception {
        String text = Files.readString(SAMPLES.resolve("expected").resolve(json));
        String members = text.substring(text.indexOf("\"members\""));
        Map<String, String> map = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\d{17}[\\dX])\"\\s*:\\s*\"([^\"]+)\"").matcher(members);
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    }

    /** In roster order, as {@code members} lists them. */
    private Map<String, String> membersInDatabase() {
        assertEquals(0, cli.run("members", "--format", "csv"));
        Map<String, String> map = new java.util.LinkedHashMap<>();
        cli.out().lines().skip(1).forEach(l -> map.put(l.split(",")[1], l.split(",")[0]));
        return map;
    }

    @Test
    void villageSampleRejectsSevenAndImportsTheRestOnlyWhenAsked() throws Exception {
        String file = SAMPLES.resolve("花名册-示例村.xlsx").toString();
        assertEquals(3, cli.run("import-roster", file));
        assertEquals("imported=0 updated=0 unchanged=0 rejected=7", cli.lastLine());
        assertEquals(7, cli.err().lines().filter(l -> l.startsWith("花名册-示例村.xlsx 第")).count(), cli.err());
        assertTrue(cli.err().contains("第16行 身份证号码: 校验位错误"), cli.err());
        assertTrue(cli.err().contains("第27行 身份证号码: 与第14行重复"), cli.err());
        assertTrue(cli.err().contains("2019年13月"), cli.err());
        assertEquals(0, cli.run("members"));
        assertEquals(1, cli.out().lines().count(), "nothing written: only the header");

        assertEquals(3, cli.run("import-roster", file, "--accept-valid"));
        assertEquals("imported=36 updated=0 unchanged=0 rejected=7", cli.lastLine());
        assertEquals(List.copyOf(expectedMembers("花名册-示例村.json").entrySet()),
                List.copyOf(membersInDatabase().entrySet()), "the same members, in the same order");

        assertEquals(3, cli.run("import-roster", file, "--accept-valid"));
        assertEquals("imported=0 updated=0 unchanged=36 rejected=7", cli.lastLine(), "a second import changes nothing");
    }

    @Test
    void theBranchIsNamedFromTheSheetWhenTheDatabaseHasNone() throws Exception {
        cli.run("import-roster", SAMPLES.resolve("花名册-示例村.xlsx").toString(), "--accept-valid");
        try (App app = TestApps.open(dir.resolve("data"))) {
            assertEquals(List.of("红旗村党支部"), app.branches().all().stream().map(Branch::name).toList());
        }
    }

    @Test
    void enterpriseSampleAsXlsxAndAsGbkCsvGiveTheSameMembers() throws Exception {
        for (String f : List.of("花名册-示例企业.xlsx", "花名册-示例企业-GBK.csv")) {
            assertEquals(3, cli.run("import-roster", SAMPLES.resolve(f).toString(), "--branch", f, "--accept-valid"));
            assertTrue(cli.lastLine().equals("imported=52 updated=0 unchanged=0 rejected=7"),
                    f + ": " + cli.lastLine());
            assertEquals(0, cli.run("members", "--branch", f));
            Map<String, String> got = new TreeMap<>();
            cli.out().lines().skip(1).forEach(l -> got.put(l.split(",")[1], l.split(",")[0]));
            assertEquals(expectedMembers("花名册-示例企业.json"), got, f);
        }
    }

    @Test
    void dryRunWritesNothing() {
        assertEquals(3,
                cli.run("import-roster", SAMPLES.resolve("花名册-示例村.xlsx").toString(), "--dry-run", "--accept-valid"));
        assertEquals("imported=36 updated=0 unchanged=0 rejected=7", cli.lastLine(), "what would be written");
        assertTrue(cli.err().contains("试导入，未写入"), cli.err());
        cli.run("members");
        assertEquals(1, cli.out().lines().count());
    }

    @Test
    void theExportedRosterReadsBackUnchanged() throws Exception {
        cli.run("import-roster", SAMPLES.resolve("花名册-示例村.xlsx").toString(), "--accept-valid");
        Path exported = dir.resolve("汇总表.xlsx");
        List<Member> before;
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().resolve(null);
            before = app.roster().members(branch.id());
            RosterExport.write(branch, before, exported);
        }
        assertEquals(0, cli.run("import-roster", exported.toString()));
        assertEquals("imported=0 updated=0 unchanged=36 rejected=0", cli.lastLine());

        assertEquals(0, cli.run("import-roster", exported.toString(), "--branch", "新支部"));
        assertEquals("imported=36 updated=0 unchanged=0 rejected=0", cli.lastLine());
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch copy = app.branches().resolve("新支部");
            List<Member> after = app.roster().members(copy.id());
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).withId(null).inBranch(0), after.get(i).withId(null).inBranch(0));
            }
        }
    }

    @Test
    void quirksOfHandMadeSheets() throws Exception {
        Path file = dir.resolve("手工花名册.xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "东风村党支部党员名册");
            String[] header = {" 姓 名 ", "公民身份证号", "出生年月", "入党日期", "转正日期", "手机号码", "备注"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            row(ws, 3, "李 明", "１１０１０５１９４９１２３１００２ｘ", "1949.12", "19750301", "1976年3月", "138 1234 5678", "流动党员,外出务工");
            ws.value(4, 0, "王强");
            ws.value(4, 1, 4.40106199605283E17); // Excel turned the ID into a number
            row(ws, 5, "赵兰", "330106820514123", "", "1985/3/12", "", "", ""); // 15-digit legacy ID
            ws.value(6, 0, "张华");
            ws.value(6, 1, "330106199103042985");
            ws.value(6, 3, java.time.LocalDate.of(2015, 7, 1));
            ws.style(6, 3).format("yyyy-mm-dd").set();
            ws.value(6, 4, 42552.0); // 2016-07-01 as a bare serial number
            ws.value(8, 0, "填表人：王红梅");
            ws.value(9, 0, "不是数据的一行");
            wb.finish();
        }
        assertEquals(3, cli.run("import-roster", file.toString(), "--accept-valid"));
        assertEquals("imported=3 updated=0 unchanged=0 rejected=1", cli.lastLine(), cli.err());
        assertTrue(cli.err().contains("第5行 公民身份证号: 单元格是数字格式") && cli.err().contains("文本"), cli.err());
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().resolve(null);
            assertEquals("东风村党支部", branch.name());
            Map<String, Member> byName = new TreeMap<>();
            app.roster().members(branch.id()).forEach(m -> byName.put(m.name(), m));
            Member li = byName.get("李明");
            assertEquals("11010519491231002X", li.idNumber());
            assertEquals("女", li.gender());
            assertEquals("1976-03", li.fullMemberOn().iso());
            assertEquals(MemberType.FULL, li.type());
            assertEquals("13812345678", li.mobile());
            assertTrue(li.floating(), "备注 says 流动党员");
            Member zhao = byName.get("赵兰");
            assertTrue(zhao.idNumber().startsWith("33010619820514123"), zhao.idNumber());
            assertEquals(18, zhao.idNumber().length());
            assertEquals("男", zhao.gender());
            assertEquals(MemberType.PROBATIONARY, zhao.type());
            assertNull(zhao.fullMemberOn());
            Member zhang = byName.get("张华");
            assertEquals("2015-07-01", zhang.joinedOn().iso());
            assertEquals("2016-07-01", zhang.fullMemberOn().iso());
        }
    }

    private static void row(Worksheet ws, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                ws.value(r, c, values[c]);
            }
        }
    }

    @Test
    void aNameThatDoesNotMatchTheKnownIdIsRejected() throws Exception {
        Path first = dir.resolve("a.csv");
        Files.writeString(first, "姓名,身份证号\n李明,11010519491231002X\n");
        assertEquals(0, cli.run("import-roster", first.toString(), "--branch", "甲村党支部"));
        Path second = dir.resolve("b.csv");
        Files.writeString(second, "姓名,身份证号,民族\n李华,11010519491231002X,汉族\n");
        assertEquals(3, cli.run("import-roster", second.toString()));
        assertTrue(cli.err().contains("b.csv 第2行 姓名: 与该公民身份号码在册的党员(李明)不符"), cli.err());
        Files.writeString(second, "姓名,身份证号,民族\n李明,11010519491231002X,汉族\n");
        assertEquals(0, cli.run("import-roster", second.toString()));
        assertEquals("imported=0 updated=1 unchanged=0 rejected=0", cli.lastLine());
    }

    @Test
    void unreadableInputExitsTwoAndWritesNothing() throws Exception {
        assertEquals(2, cli.run("import-roster", dir.resolve("没有这个文件.xlsx").toString()));
        assertTrue(cli.err().contains("没有这个文件.xlsx"), cli.err());
        Path junk = dir.resolve("坏文件.xlsx");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5});
        assertEquals(2, cli.run("import-roster", junk.toString()));
        assertTrue(cli.err().startsWith("坏文件.xlsx: "), cli.err());
        Path noHeader = dir.resolve("无表头.csv");
        Files.writeString(noHeader, "甲,乙\n1,2\n");
        assertEquals(2, cli.run("import-roster", noHeader.toString()));
        assertTrue(cli.err().contains("找不到表头"), cli.err());
        assertEquals(0, cli.run("members"));
        assertEquals(1, cli.out().lines().count());
        assertTrue(!cli.err().contains("Exception"), cli.err());
    }
}
