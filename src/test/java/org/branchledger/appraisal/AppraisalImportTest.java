package org.branchledger.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberType;
import org.branchledger.testing.CliRun;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** import-appraisal and appraisal through the real commands, with a tally sheet as people type it. */
@OnBothEngines
class AppraisalImportTest {
    @TempDir
    Path dir;

    private CliRun cli;
    private List<Member> members;
    private Member a;
    private Member b;
    private Member c;
    private Member prob;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(dir.resolve("data"));
        // The demo appraises its own year: make it the year before, so 2026 starts empty.
        DemoCopies.command(dir.resolve("data"), "--members", "12", "--sessions", "0", "--year", "2025");
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().resolve(null);
            members = app.roster().members(branch.id()).stream().filter(Member::current).toList();
        }
        List<Member> full = members.stream().filter(m -> m.type() == MemberType.FULL).toList();
        a = full.get(0);
        b = full.get(1);
        c = full.get(2);
        prob = members.stream().filter(m -> m.type() == MemberType.PROBATIONARY).findFirst().orElseThrow();
    }

    /** A tally sheet: title and date lines above the header, a note under the table. */
    private Path sheet(String name, Object[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("测评票统计");
            ws.value(0, 0, "红旗村党支部2026年度民主评议党员测评票统计表");
            ws.range(0, 0, 0, 10).merge();
            ws.value(1, 0, "统计日期：2026年12月18日　　应参加 12 人，实参加 10 人");
            String[] header = {"姓名", "身份证号", "优秀", "合格", "基本合格", "不合格", "满意", "基本满意", "不满意",
                "评定等次", "理由"};
            for (int i = 0; i < header.length; i++) {
                ws.value(2, i, header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int i = 0; i < rows[r].length; i++) {
                    Object v = rows[r][i];
                    if (v instanceof Number n) {
                        ws.value(3 + r, i, n);
                    } else if (v != null) {
                        ws.value(3 + r, i, v.toString());
                    }
                }
            }
            ws.value(4 + rows.length, 0, "计票人：李红　监票人：王强");
            wb.finish();
        }
        return file;
    }

    private Object[] row(Member m, Object... rest) {
        Object[] out = new Object[2 + rest.length];
        out[0] = m.name();
        out[1] = m.idNumber();
        System.arraycopy(rest, 0, out, 2, rest.length);
        return out;
    }

    @Test
    void importsTalliesIdempotentlyAndPrintsTheSuggestions() throws Exception {
        Path file = sheet("测评票统计表.xlsx",
                row(a, 7, 3, 0, 0, 12, 2, 0, "优秀", null),
                row(b, 5, 5, 0, 0, 6, 2, 6, "合格", "票数持平，经支委会研究评定为合格"),
                row(c, 0, 4, 0, 6, 3, 3, 4, null, null),
                row(prob, 0, 0, 0, 0, 10, 2, 0, null, null));
        assertEquals(0, cli.run("import-appraisal", file.toString(), "--year", "2026"), cli.err());
        assertEquals("imported=4 updated=0 unchanged=0 rejected=0", cli.lastLine());
        assertEquals(0, cli.run("import-appraisal", file.toString(), "--year", "2026"));
        assertEquals("imported=0 updated=0 unchanged=4 rejected=0", cli.lastLine(), "a second import changes nothing");

        assertEquals(0, cli.run("appraisal", "--year", "2026"));
        List<String> lines = cli.out().lines().toList();
        assertEquals("姓名,公民身份号码,优秀票,合格票,基本合格票,不合格票,满意度,建议等次,提示,评定等次", lines.get(0));
        assertEquals(members.size() + 1, lines.size(), "every participant");
        assertTrue(lines.contains(a.name() + "," + a.idNumber() + ",7,3,0,0,100.0%,优秀,,优秀"), cli.out());
        assertTrue(lines.contains(b.name() + "," + b.idNumber() + ",5,5,0,0,57.1%,票数持平,满意度过低,合格"), cli.out());
        assertTrue(lines.contains(c.name() + "," + c.idNumber() + ",0,4,0,6,60.0%,不合格,初步认定不合格,"), cli.out());
        assertTrue(lines.contains(prob.name() + "," + prob.idNumber() + ",0,0,0,0,100.0%,不评定,,"), cli.out());
        Member untouched = members.stream().filter(m -> m.type() == MemberType.FULL).skip(3).findFirst().orElseThrow();
        assertTrue(lines.contains(untouched.name() + "," + untouched.idNumber() + ",0,0,0,0,,未测评,,"), cli.out());

        assertEquals(0, cli.run("appraisal", "--year", "2026", "--format", "json"));
        assertTrue(cli.out().contains("\"满意度\":null"), "no mass appraisal: null");
        assertTrue(cli.out().contains("\"建议等次\":\"票数持平\""), cli.out());

        try (App app = TestApps.open(dir.resolve("data"))) {
            AppraisalSheet s = app.appraisal().sheet(app.branches().resolve(null).id(), 2026);
            assertEquals(1, s.rectifications().size(), "low satisfaction opened one 整改事项");
            assertEquals(b.id(), s.rectifications().get(0).memberId());
            assertTrue(s.rectifications().get(0).open());
        }
        // a changed tally updates; the 整改事项 is not opened twice
        Path changed = sheet("测评票统计表2.xlsx", row(b, 5, 6, 0, 0, 6, 2, 6, "合格", null));
        assertEquals(0, cli.run("import-appraisal", changed.toString(), "--year", "2026"), cli.err());
        assertEquals("imported=0 updated=1 unchanged=0 rejected=0", cli.lastLine());
        try (App app = TestApps.open(dir.resolve("data"))) {
            assertEquals(1, app.appraisal().sheet(app.branches().resolve(null).id(), 2026).rectifications().size());
        }
    }

    @Test
    void badRowsAreNamedWithFileRowAndColumnAndNothingIsWritten() throws Exception {
        Path file = sheet("测评票.xlsx",
                row(a, 7, 3, 0, 0, 12, 2, 0, "合格", null),
                row(prob, 0, 0, 0, 0, 10, 2, 0, "合格", "表现好"),
                row(b, "五", 3, 0, 0, 12, 2, 0, null, null),
                row(c, 1, 9, 0, 0, 12, 2, 0, "良好", null),
                new Object[] {b.name(), a.idNumber(), 1, 9, 0, 0, 12, 2, 0, null, null},
                row(c, 1, 9, 0, 0, 12, 2, 0, "合格", null),
                row(c, 1, 9, 0, 0, 12, 2, 0, "合格", null));
        assertEquals(3, cli.run("import-appraisal", file.toString(), "--year", "2026"));
        String err = cli.err();
        assertTrue(err.contains("测评票.xlsx 测评票统计 第4行 理由: 评定等次(合格)与建议等次(优秀)不同，须写明理由")
                || err.contains("测评票.xlsx 第4行 理由: 评定等次(合格)与建议等次(优秀)不同，须写明理由"), err);
        assertTrue(err.contains("第5行 评定等次: 预备党员参加评议但不评定等次"), err);
        assertTrue(err.contains("第6行 优秀: 应为不小于 0 的整数: 五"), err);
        assertTrue(err.contains("第7行 评定等次: 应填 优秀、合格、基本合格 或 不合格"), err);
        assertTrue(err.contains("第8行 姓名: 与该公民身份号码在册的党员(" + a.name() + ")不符"), err);
        assertTrue(err.contains("第10行 身份证号: 与第9行重复"), err);
        assertEquals("imported=0 updated=0 unchanged=0 rejected=6", cli.lastLine());
        assertEquals(0, cli.run("appraisal", "--year", "2026"));
        assertTrue(cli.out().lines().skip(1).allMatch(l -> l.contains(",0,0,0,0,,")), "nothing written");

        assertEquals(3, cli.run("import-appraisal", file.toString(), "--year", "2026", "--accept-valid"));
        assertEquals("imported=1 updated=0 unchanged=0 rejected=6", cli.lastLine());
        assertEquals(2, cli.run("import-appraisal", file.toString()), "the year is required");
        assertTrue(cli.err().contains("--year"), cli.err());
    }
}
