package org.branchledger.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.MembersCsv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * The habits of the spreadsheets other systems and other people write, each in a file of our own making:
 * several sheets, codes in front of values, 正式/预备党员 kept in 党籍状态, headers with line breaks and
 * hints, two columns for one field, and the national per-person form.
 */
@OnBothEngines
class RealLayoutsTest {
    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir.resolve("data"));
    }

    /** A valid ID number born on the given day; odd {@code seq} is a man. */
    static String id(String area, String yyyymmdd, int seq) {
        String first17 = area + yyyymmdd + String.format("%03d", seq);
        return first17 + IdNumber.checkDigit(first17);
    }

    /** Writes a workbook: sheet name → rows of cells (null leaves a cell empty). */
    static Path workbook(Path file, Map<String, List<List<String>>> sheets) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(sheet.getKey());
                List<List<String>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (rows.get(r).get(c) != null) {
                            ws.value(r, c, rows.get(r).get(c));
                        }
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** The roster as {@code members --format csv} prints it: 公民身份号码 → column → value. */
    private Map<String, Map<String, String>> members(String branch) {
        assertEquals(0, cli.run("members", "--branch", branch, "--format", "csv"));
        return MembersCsv.parse(cli.out());
    }

    private void assertOneLinePerMessage(String fileName) {
        for (String line : cli.err().lines().toList()) {
            assertTrue(line.startsWith(fileName), "every message is one line starting with the file: " + line);
        }
    }

    @Test
    void everySheetWithARecognisedHeaderIsOneRosterAndTheOthersAreNamed() throws Exception {
        String a = id("110105", "19800101", 11);
        String b = id("110105", "19850202", 22);
        String c = id("110105", "19900303", 33);
        List<List<String>> header = List.of(row("红旗公司党员花名册"), row("序号", "姓名", "身份证号", "出生\n年月", "入党时间", "转正时间"));
        List<List<String>> onDuty = new ArrayList<>(header);
        onDuty.add(row("1", "张在岗", a, "1980.01", "2005.03.01", "2006.03.01"));
        onDuty.add(row("2", "李在岗", b, "1985.02", "2010.07.01", "2011.07.01"));
        List<List<String>> offDuty = new ArrayList<>(header);
        offDuty.add(row("1", "王离岗", c, "1990.03", "2015.06.01", "2016.06.01"));
        offDuty.add(row("2", "赵错号", "110105199004045670", "1990.04", "2015.06.01", "2016.06.01"));
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("填表说明", List.of(row("请按下列要求填写:"), row("1. 身份证号请设置为文本格式")));
        sheets.put("在岗党员花名册", onDuty);
        sheets.put("不在岗党员花名册", offDuty);
        sheets.put("Sheet4", List.of());
        Path file = workbook(dir.resolve("两表.xlsx"), sheets);

        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "红旗公司党支部"));
        assertEquals("imported=0 updated=0 unchanged=0 rejected=1", cli.lastLine(), "nothing written");
        assertTrue(cli.err().contains("两表.xlsx: 跳过工作表“填表说明”: 没有表头"), cli.err());
        assertTrue(cli.err().contains("两表.xlsx: 跳过工作表“Sheet4”: 是空的"), cli.err());
        assertTrue(cli.err().contains("两表.xlsx [不在岗党员花名册] 第4行 身份证号: "), cli.err());
        assertOneLinePerMessage("两表.xlsx");

        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "红旗公司党支部", "--accept-valid"));
        assertEquals("imported=3 updated=0 unchanged=0 rejected=1", cli.lastLine());
        assertEquals(List.of(a, b, c), new ArrayList<>(members("红旗公司党支部").keySet()));
        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "红旗公司党支部", "--accept-valid"));
        assertEquals("imported=0 updated=0 unchanged=3 rejected=1", cli.lastLine(), "a re-import changes nothing");
    }

    @Test
    void codesInFrontOfValuesAreDroppedAndEthnicityIsChecked() throws Exception {
        String a = id("610113", "19880226", 11);
        String b = id("610113", "19550907", 22);
        String c = id("610113", "19700101", 31);
        String d = id("610113", "19720101", 41);
        Path file = workbook(dir.resolve("代码.xlsx"), Map.of("Sheet1", List.of(
                row("序号", "姓名", "党员类别", "性别", "民族", "学历", "人员类别", "身份证", "入党时间(2019/10/24)"),
                row("1", "高静海", "223_正式党员", "95_男", "868_汉族", "21 大学", "011 公务员", a, "2007/10/12"),
                row("2", "范丽志", "224_预备党员", "96_女", "01 汉族", "本科", "农牧渔民", b, "2026/05/17"),
                row("3", "孙民族", "正式党员", "男", "汉", "高中", "", c, "1995/01/01"),
                row("4", "钱未知", "正式党员", "男", "火星族", "高中", "", d, "1995/01/01"))));

        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "新华社区第一党支部", "--accept-valid"));
        assertTrue(cli.err().contains("代码.xlsx 第5行 民族: “火星族”不是民族名称"), cli.err());
        assertEquals("imported=3 updated=0 unchanged=0 rejected=1", cli.lastLine());
        Map<String, Map<String, String>> got = members("新华社区第一党支部");
        assertEquals("男", got.get(a).get("性别"));
        assertEquals("汉族", got.get(a).get("民族"));
        assertEquals("大学", got.get(a).get("学历"));
        assertEquals("公务员", got.get(a).get("人员类别"));
        assertEquals("正式党员", got.get(a).get("党员类型"));
        assertEquals("预备党员", got.get(b).get("党员类型"));
        assertEquals("汉族", got.get(b).get("民族"));
        assertEquals("汉族", got.get(c).get("民族"), "汉 means 汉族");
    }

    @Test
    void typeKeptInPartyStatusIsTheMembersType() throws Exception {
        String full = id("370702", "19790402", 17);
        String probation = id("370702", "19951017", 23);
        String both = id("370702", "19910821", 31);
        String stopped = id("370702", "19600101", 41);
        Path file = workbook(dir.resolve("党籍状态.xlsx"), Map.of("Sheet1", List.of(
                row("姓名", "身份证号", "党籍状态（正式党员或预备党员）", "入党时间", "转正时间"),
                row("钟玉", full, "正式党员", "2011-08-26", "2012-08-25"),
                row("郝芳", probation, "预备党员", "2026-09-28", ""),
                row("苏忠", both, "预备党员", "2010-03-19", "2011-03-19"),
                row("陈停", stopped, "停止党籍", "1990-03-19", "1991-03-19"))));

        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "机关第一党支部", "--accept-valid"));
        assertTrue(cli.err().contains("党籍状态.xlsx 第4行 转正时间: “党籍状态”为预备党员，不应有转正日期"), cli.err());
        assertFalse(cli.err().contains("（正式党员或预备党员）"), "hints in brackets stay out of messages");
        assertEquals("imported=3 updated=0 unchanged=0 rejected=1", cli.lastLine());
        Map<String, Map<String, String>> got = members("机关第一党支部");
        assertEquals("正式党员", got.get(full).get("党员类型"));
        assertEquals("正常", got.get(full).get("党籍状态"));
        assertEquals("预备党员", got.get(probation).get("党员类型"));
        assertEquals("正常", got.get(probation).get("党籍状态"));
        assertEquals("停止党籍", got.get(stopped).get("党籍状态"), "正常 / 停止党籍 keep their meaning");
    }

    @Test
    void withoutATypeOrAFullMemberColumnNobodyBecomesProbationary() throws Exception {
        String old = id("110105", "19600101", 11);
        String recent = id("110105", "19990101", 21);
        Path file = workbook(dir.resolve("无类型.xlsx"), Map.of("Sheet1", List.of(
                row("姓名", "公民身份号码", "入党日期"),
                row("老党员", old, "1985-06-01"),
                row("新党员", recent, java.time.LocalDate.now().minusMonths(3).toString()))));

        assertEquals(0, cli.run("import-roster", file.toString(), "--branch", "一支部"));
        Map<String, Map<String, String>> got = members("一支部");
        assertEquals("正式党员", got.get(old).get("党员类型"), "a missing 转正 column says nothing");
        assertEquals("预备党员", got.get(recent).get("党员类型"), "joined three months ago: still 预备");
    }

    @Test
    void aSecondColumnForTheSameFieldMustAgreeWithTheNationalWording() throws Exception {
        String a = id("330106", "19541028", 11);
        String b = id("330106", "19600101", 21);
        Path file = workbook(dir.resolve("两列.xlsx"), Map.of("Sheet1", List.of(
                row("姓名", "入党时间(2019/10/24)", "身份证", "加入党组织日期(2019/10/24)"),
                row("石娟", "1980/12/13", a, "1980/12/13"),
                row("石不一", "1985/12/13", b, "1986/01/13"))));

        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "二支部", "--accept-valid"));
        assertTrue(cli.err().contains("两列.xlsx 第3行 加入党组织日期: 与“入党时间”(1985/12/13)不一致"), cli.err());
        assertEquals("imported=1 updated=0 unchanged=0 rejected=1", cli.lastLine());
        assertEquals("1980-12-13", members("二支部").get(a).get("入党日期"));
    }

    @Test
    void theNationalPerPersonFormGivesOneMemberPerSheet() throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        String[] names = {"马嘉", "牛青", "杨柳"};
        for (int i = 0; i < names.length; i++) {
            String id = id("610113", "1980080" + (i + 1), 11 + 2 * i);
            ids.add(id);
            // laid out differently on every sheet, as copies of the form are
            String pad = i == 1 ? null : "";
            sheets.put(names[i], List.of(
                    row("党员基本信息采集表", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "01 汉族"),
                    row("1.姓名：", names[i], pad, null, "2.性别：", null, null, "男", "3.民族：", "汉族"),
                    row("4.公民身份证号：", null, null, id),
                    row("5.出生日期：", null, "1980年8月" + (i + 1) + "日"),
                    row("6.学历：", null, "大学本科"),
                    row("7.人员类别：", null, "农牧渔民"),
                    row("8.所在党支部", null, "(填写全称)：", null, null, "中共红星村支部委员会"),
                    row("9.加入党组织日期：", null, null, null, "2012年5月27日"),
                    row("10.转为正式党员日期：", null, null, null, i == 2 ? "" : "2013年5月27日"),
                    row("12.联系电话", "(手机号)：", null, null, "1337846248" + i),
                    row("(固定电话):(区号)", null, null, null, "+(电话)"),
                    row("14.党籍状态：", null, null, "正常"),
                    row("15.是否为失联党员：", null, null, "否", null, null, "失去联系日期"),
                    row("16.是否为流动党员", null, null, "(由流出地党组织负责采集)：", null, null, null, null, null, "否"),
                    row("党员（签字）：", null, null, null, null, null, "信息采集员（签字）：")));
        }
        Path file = workbook(dir.resolve("采集表.xlsx"), sheets);

        assertEquals(0, cli.run("import-roster", file.toString(), "--branch", "红星村党支部"));
        assertEquals("imported=3 updated=0 unchanged=0 rejected=0", cli.lastLine());
        Map<String, Map<String, String>> got = members("红星村党支部");
        assertEquals(ids, new ArrayList<>(got.keySet()));
        Map<String, String> first = got.get(ids.get(0));
        assertEquals("马嘉", first.get("姓名"));
        assertEquals("汉族", first.get("民族"));
        assertEquals("大学本科", first.get("学历"));
        assertEquals("2012-05-27", first.get("入党日期"));
        assertEquals("2013-05-27", first.get("转正日期"));
        assertEquals("正式党员", first.get("党员类型"));
        assertEquals("13378462480", first.get("手机号"));
        assertEquals("预备党员", got.get(ids.get(2)).get("党员类型"), "an empty 转正 item on the form");
    }

    @Test
    void badCellsAreRowErrorsNamingTheColumn() throws Exception {
        String a = id("110105", "19800101", 11);
        String b = id("110105", "19810101", 21);
        String c = id("110105", "19820101", 31);
        Path file = workbook(dir.resolve("坏格.xlsx"), Map.of("Sheet1", List.of(
                row("姓名", "公民身份号码", "家庭住址", "学历"),
                row("张\u202E三", a, "", ""),
                row("李四", b, "村".repeat(201), ""),
                row("王五", c, "", "学".repeat(21)))));

        assertEquals(3, cli.run("import-roster", file.toString(), "--branch", "三支部"));
        assertTrue(cli.err().contains("坏格.xlsx 第2行 姓名: 含不可见字符(U+202E)"), cli.err());
        assertTrue(cli.err().contains("坏格.xlsx 第3行 家庭住址: 过长(最多200字"), cli.err());
        assertTrue(cli.err().contains("坏格.xlsx 第4行 学历: 过长(最多20字"), cli.err());
        assertEquals("imported=0 updated=0 unchanged=0 rejected=3", cli.lastLine());
    }

    @Test
    void aDryRunSaysWhatWouldBeWrittenAndAnUnreadableFileStillEndsWithTheCounts() throws Exception {
        Path file = workbook(dir.resolve("试.xlsx"), Map.of("Sheet1", List.of(
                row("姓名", "公民身份号码"), row("张三", id("110105", "19800101", 11)))));
        assertEquals(0, cli.run("import-roster", file.toString(), "--branch", "四支部", "--dry-run"));
        assertEquals("imported=1 updated=0 unchanged=0 rejected=0", cli.lastLine());
        assertTrue(cli.err().contains("试.xlsx: 试导入，未写入"), cli.err());
        assertEquals(2, cli.run("members", "--branch", "四支部"), "nothing written: the branch does not exist");

        Path none = workbook(dir.resolve("无表头.xlsx"), Map.of("Sheet1", List.of(row("随便写的"))));
        assertEquals(2, cli.run("import-roster", none.toString(), "--branch", "四支部"));
        assertEquals("imported=0 updated=0 unchanged=0 rejected=0", cli.lastLine());
        assertEquals(2, cli.run("import-roster", none.toString(), "--no-such-option"));
        assertEquals("imported=0 updated=0 unchanged=0 rejected=0", cli.lastLine());
    }
}
