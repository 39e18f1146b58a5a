package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.roster.Member;
import org.branchledger.testing.CliRun;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * Study records as attendance sheets in the field are kept: no ID numbers (姓名 is the key), no 形式
 * column (--kind), other column names, and the sign-in matrix (签到汇总表). Through the real commands.
 */
@OnBothEngines
class StudySheetsImportTest {
    @TempDir
    Path dir;

    private CliRun cli;
    private Member a;
    private Member b;
    private Member c;
    private Member twin;
    private Member gone;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(dir.resolve("data"));
        DemoCopies.command(dir.resolve("data"), "--members", "12", "--sessions", "0", "--year", "2025");
        try (App app = TestApps.open(dir.resolve("data"))) {
            long branch = app.branches().resolve(null).id();
            List<Member> current = app.roster().members(branch).stream().filter(Member::current).toList();
            Map<String, Long> names = current.stream().collect(Collectors.groupingBy(Member::name, Collectors.counting()));
            List<Member> unique = current.stream().filter(m -> names.get(m.name()) == 1).toList();
            a = unique.get(0);
            b = unique.get(1);
            c = unique.get(2);
            Member twinOf = unique.get(3);
            app.roster().addAll(List.of(sameNameOtherId(twinOf)));
            twin = twinOf;
            gone = app.roster().leave(unique.get(4), "转出", PartialDate.of(LocalDate.of(2025, 12, 1)));
        }
    }

    /** A second member of the same name (another valid ID number: the sequence digits changed). */
    private static Member sameNameOtherId(Member m) {
        String first17 = m.idNumber().substring(0, 14) + (m.idNumber().charAt(14) == '9' ? '1' : '9')
                + m.idNumber().substring(15, 17);
        String id = first17 + IdNumber.checkDigit(first17);
        return new Member(null, m.branchId(), m.name(), id, m.gender(), m.ethnicity(), m.birthDate(), m.education(),
                m.category(), m.joinedOn(), m.fullMemberOn(), m.job(), m.mobile(), m.landline(), m.address(),
                m.partyStatus(), false, null, false, null, null, m.type(), false, null, true, null, null);
    }

    private static String masked(String id) {
        return "****" + id.substring(14);
    }

    /** Writes rows (null cells left empty; LocalDate as a date cell) under a title line. */
    private Path xlsx(String name, Object[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("签到");
            for (int r = 0; r < rows.length; r++) {
                for (int i = 0; i < rows[r].length; i++) {
                    Object v = rows[r][i];
                    if (v instanceof LocalDate d) {
                        ws.value(r, i, d);
                        ws.style(r, i).format("yyyy-mm-dd").set();
                    } else if (v instanceof Number n) {
                        ws.value(r, i, n);
                    } else if (v != null) {
                        ws.value(r, i, v.toString());
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    private String hoursLine(Member m) {
        assertEquals(0, cli.run("hours", "--year", "2026"), cli.err());
        return cli.out().lines().filter(l -> l.startsWith(m.name() + "," + m.idNumber() + ",")).findFirst().orElseThrow();
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    @Test
    void aListWithoutIdNumbersIsMatchedByNameAndWithoutKindNeedsTheOption() throws Exception {
        Path file = xlsx("学时统计.xlsx",
                row("党支部", "学号", "姓名", "身份", "总学时数", "活动名称", "活动时间", "学时数"),
                row("第一党支部", "16340000", a.name(), "正式党员", 3.5, "专题党课", LocalDate.of(2026, 3, 8), 2),
                row("第一党支部", "16340000", a.name(), "正式党员", 3.5, "支部党员大会", LocalDate.of(2026, 4, 12), 1.5),
                row("第一党支部", "16340001", " " + b.name() + " ", "正式党员", 2, "专题党课", LocalDate.of(2026, 3, 8), 2),
                row("第一党支部", "16340002", twin.name(), "正式党员", 2, "专题党课", LocalDate.of(2026, 3, 8), 2),
                row("第一党支部", "16340003", "查无此人", "正式党员", 2, "专题党课", LocalDate.of(2026, 3, 8), 2),
                row("第一党支部", "16340004", gone.name(), "正式党员", 2, "专题党课", LocalDate.of(2026, 3, 8), 2));

        assertEquals(2, cli.run("import-study", file.toString()));
        List<String> err = cli.err().lines().toList();
        assertEquals(1, err.size(), cli.err());
        assertTrue(err.get(0).startsWith("学时统计.xlsx: "), cli.err());
        assertTrue(err.get(0).contains("形式") && err.get(0).contains("--kind"), cli.err());

        assertEquals(2, cli.run("import-study", file.toString(), "--kind", "讲座"));
        assertTrue(cli.err().startsWith("学时统计.xlsx: ") && cli.err().contains("讲座")
                && cli.err().contains("集中学习、党课"), cli.err());

        assertEquals(3, cli.run("import-study", file.toString(), "--kind", "集中学习"));
        assertEquals("imported=0 updated=0 unchanged=0 rejected=3", cli.lastLine(), "nothing written");
        String errors = cli.err();
        assertTrue(errors.contains("学时统计.xlsx 第5行 姓名: 有两名党员叫“" + twin.name() + "”(公民身份号码 "), errors);
        List<String> both = List.of(masked(twin.idNumber()), masked(sameNameOtherId(twin).idNumber()));
        assertTrue(both.stream().allMatch(errors::contains), errors);
        assertTrue(errors.contains("请在表中加上公民身份号码列"), errors);
        assertFalse(errors.contains(twin.idNumber()), "ID numbers are masked");
        assertTrue(errors.contains("第6行 姓名: 本支部在册党员中没有“查无此人”"), errors);
        assertTrue(errors.contains("第7行 姓名: 本支部在册党员中没有“" + gone.name() + "”"), "a member who left is not matched");
        assertEquals(3, errors.lines().filter(l -> l.startsWith("学时统计.xlsx 第")).count(), errors);

        assertEquals(3, cli.run("import-study", file.toString(), "--kind", "集中学习", "--accept-valid"));
        assertEquals("imported=3 updated=0 unchanged=0 rejected=3", cli.lastLine());
        assertTrue(hoursLine(a).startsWith(a.name() + "," + a.idNumber() + ",3.5,0.0,3.5,"), hoursLine(a));
        assertTrue(hoursLine(b).startsWith(b.name() + "," + b.idNumber() + ",2.0,"), "spaces around a name are not part of it");

        assertEquals(3, cli.run("import-study", file.toString(), "--kind", "集中学习", "--accept-valid"));
        assertEquals("imported=0 updated=0 unchanged=3 rejected=3", cli.lastLine(), "a second import changes nothing");
    }

    @Test
    void aMatrixWithOneCellHeadersIsImportedAsSessionsPerColumn() throws Exception {
        Path file = xlsx("签到汇总表.xlsx",
                row("2026年第一季度党员学习签到汇总表"),
                row("序号", "姓名", "2026.3.8 党课 2学时", "2026年4月12日 主题党日 重温入党誓词(1.5学时)", "合计"),
                row(1, a.name(), "√", "请假", 1),
                row(2, b.name(), "补 3.15", "✓", 2),
                row(3, c.name(), null, "送课", 1),
                row(null, null, null, null, null),
                row("填表人：李红"));
        assertEquals(0, cli.run("import-study", file.toString()), cli.err());
        assertEquals("imported=6 updated=0 unchanged=0 rejected=0", cli.lastLine(), "member-session rows");
        assertTrue(hoursLine(a).startsWith(a.name() + "," + a.idNumber() + ",2.0,"), hoursLine(a));
        assertTrue(hoursLine(b).startsWith(b.name() + "," + b.idNumber() + ",3.5,"), "补课 counts: " + hoursLine(b));
        assertTrue(hoursLine(c).startsWith(c.name() + "," + c.idNumber() + ",1.5,"), "empty is 缺席, 送课 counts");
        try (App app = TestApps.open(dir.resolve("data"))) {
            long branch = app.branches().resolve(null).id();
            List<StudySession> sessions = app.study().sessions(branch, 2026);
            assertEquals(List.of("党课", "重温入党誓词"), sessions.stream().map(StudySession::topic).toList(),
                    "no 主题 in the header: the 形式 stands for it");
            assertEquals(SessionKind.THEME_DAY, sessions.get(1).kind());
            assertEquals(15, sessions.get(1).hoursTenths());
        }
        assertEquals(0, cli.run("import-study", file.toString()));
        assertEquals("imported=0 updated=0 unchanged=6 rejected=0", cli.lastLine(), "a second import changes nothing");
    }

    @Test
    void aMatrixWithStackedHeadersTakesTheHoursFromTheOptionWhenItHasNone() throws Exception {
        Path file = xlsx("签到表.xlsx",
                row("姓名", "公民身份号码", LocalDate.of(2026, 5, 10), "2026-06-14"),
                row(null, null, "党课", "支部党员大会"),
                row(a.name(), a.idNumber(), "到", "出席"),
                row(twin.name(), twin.idNumber(), "缺席", "√"));
        assertEquals(2, cli.run("import-study", file.toString()));
        assertTrue(cli.err().startsWith("签到表.xlsx: 第C列“2026-05-10 党课”、第D列“2026-06-14 支部党员大会” 的表头没有写明学时"),
                cli.err());
        assertTrue(cli.err().contains("--hours"), cli.err());

        assertEquals(0, cli.run("import-study", file.toString(), "--hours", "2"), cli.err());
        assertEquals("imported=4 updated=0 unchanged=0 rejected=0", cli.lastLine(), "an ID column: shared names are no problem");
        assertTrue(hoursLine(twin).startsWith(twin.name() + "," + twin.idNumber() + ",2.0,"), hoursLine(twin));

        Path three = xlsx("三行表头.xlsx",
                row("序号", "姓名", "活动日期→", "2026.7.1", "2026.7.20"),
                row(null, null, null, "主题党日", "集中学习"),
                row(null, null, null, "3学时", 1),
                row(1, c.name(), null, "√", "补课2026-07-25"));
        assertEquals(0, cli.run("import-study", three.toString()), cli.err());
        assertEquals("imported=2 updated=0 unchanged=0 rejected=0", cli.lastLine());
        assertTrue(hoursLine(c).startsWith(c.name() + "," + c.idNumber() + ",4.0,"), hoursLine(c));
    }

    @Test
    void aMatrixWithoutKindNamesTheColumnAndTakesKind() throws Exception {
        Path file = xlsx("学习签到.xlsx",
                row("姓名", "2026.3.8 2学时"),
                row(a.name(), "√"),
                row(b.name(), "补"));
        assertEquals(2, cli.run("import-study", file.toString()));
        assertTrue(cli.err().startsWith("学习签到.xlsx: 第B列“2026.3.8 2学时” 的表头没有写明形式"), cli.err());
        assertTrue(cli.err().contains("--kind"), cli.err());

        assertEquals(3, cli.run("import-study", file.toString(), "--kind", "集中学习"));
        assertTrue(cli.err().contains("学习签到.xlsx 第3行 2026.3.8 2学时: 补课须写明补课日期"), cli.err());
        assertEquals("imported=0 updated=0 unchanged=0 rejected=1", cli.lastLine());
    }

    @Test
    void badCellsAreRowErrorsNamingTheColumn() throws Exception {
        String longTopic = "学".repeat(201);
        Path file = dir.resolve("学习.csv");
        Files.writeString(file, String.join("\n",
                "日期,形式,主题,学时,姓名,出勤",
                "2026-03-01,党课,理想信念,99999999999999999999," + a.name() + ",出席",
                "2026-03-01,党课,理想信念,-1," + b.name() + ",出席",
                "2026-03-01,党课,理想信念,25," + c.name() + ",出席",
                "2026-03-02,党课," + longTopic + ",2," + a.name() + ",出席",
                "2026-03-03,党课,乡村振兴,2学时," + a.name() + ",补 3.9",
                "2026-03-04,集中学习,乡村振兴,2," + b.name() + ",补") + "\n");
        assertEquals(3, cli.run("import-study", file.toString()));
        String err = cli.err();
        assertTrue(err.contains("学习.csv 第2行 学时: 学时应大于0且不超过24"), err);
        assertTrue(err.contains("学习.csv 第3行 学时: 学时应大于0且不超过24: -1"), err);
        assertTrue(err.contains("学习.csv 第4行 学时: 学时应大于0且不超过24: 25"), err);
        assertTrue(err.contains("学习.csv 第5行 主题: 过长(201字，最多200字)"), err);
        assertTrue(err.contains("学习.csv 第7行 补课日期: 补课须填写补课日期"), err);
        assertEquals("imported=0 updated=0 unchanged=0 rejected=5", cli.lastLine(), "a 补 with its date is fine");

        assertEquals(3, cli.run("import-study", file.toString(), "--accept-valid"));
        assertEquals("imported=1 updated=0 unchanged=0 rejected=5", cli.lastLine());
        assertTrue(hoursLine(a).startsWith(a.name() + "," + a.idNumber() + ",2.0,"), hoursLine(a));
    }

    @Test
    void notesWithoutIdNumbersAreMatchedByName() throws Exception {
        Path file = dir.resolve("笔记.csv");
        Files.writeString(file, String.join("\n",
                "姓名,日期,类别,题目,字数",
                a.name() + ",2026-03-01,笔记,学习二十大报告,1200",
                twin.name() + ",2026-03-02,笔记,学习党章,800") + "\n");
        assertEquals(3, cli.run("import-notes", file.toString(), "--accept-valid"));
        assertEquals("imported=1 updated=0 unchanged=0 rejected=1", cli.lastLine());
        assertTrue(cli.err().contains("笔记.csv 第3行 姓名: 有两名党员叫“" + twin.name() + "”"), cli.err());
    }

    /** The laomd 学时统计 layout (../shared, absent in a fresh clone): its members made from the expected roster. */
    @Test
    void theLaomdStudyHoursSheetImportsWithKind() throws Exception {
        Path samples = Path.of("../shared/samples/external");
        Assumptions.assumeTrue(Files.isRegularFile(samples.resolve("laomd-study-hours.xlsx")), "no ../shared samples");
        String expected = Files.readString(samples.resolve("laomd-sysu-members.expected.json"));
        Matcher m = Pattern.compile("\"姓名\": \"([^\"]+)\",\\s*\"公民身份号码\": \"([0-9X]{18})\"").matcher(expected);
        StringBuilder roster = new StringBuilder("姓名,公民身份号码\n");
        while (m.find()) {
            roster.append(m.group(1)).append(',').append(m.group(2)).append('\n');
        }
        Path rosterFile = dir.resolve("成员.csv");
        Files.writeString(rosterFile, roster.toString());
        CliRun fresh = new CliRun(dir.resolve("laomd"));
        String branch = "数据科学与计算机学院本科生第一党支部";
        assertEquals(0, fresh.run("import-roster", rosterFile.toString(), "--branch", branch), fresh.err());
        String study = samples.resolve("laomd-study-hours.xlsx").toString();
        assertEquals(2, fresh.run("import-study", study, "--branch", branch));
        assertTrue(fresh.err().contains("形式") && fresh.err().contains("--kind"), fresh.err());
        assertEquals(0, fresh.run("import-study", study, "--branch", branch, "--kind", "集中学习", "--accept-valid"),
                fresh.err());
        assertEquals("imported=20 updated=0 unchanged=0 rejected=0", fresh.lastLine());
        assertEquals(0, fresh.run("hours", "--year", "2026", "--branch", branch, "--format", "csv"));
        assertEquals(10, fresh.out().lines().filter(l -> l.split(",")[2].equals("3.5")).count(), fresh.out());
    }
}
