package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.testing.CliRun;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** import-pledges and pledges through the real commands, from a spreadsheet laid out as secretaries keep it. */
@OnBothEngines
class PledgeImportTest {
    private static final String[] HEADER = {"序号", "承诺主体", "姓名", "公民身份号码", "类别", "岗位", "承诺内容", "措施",
        "完成时限", "公示日期", "进展", "述诺日期", "评诺结果", "满意度", "说明"};

    @TempDir
    Path dir;

    private CliRun cli;
    private Member a;
    private Member b;
    private Member c;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(dir.resolve("data"));
        // The demo writes pledges for its own year: make it the year before, so 2026 starts empty.
        DemoCopies.command(dir.resolve("data"), "--members", "10", "--sessions", "0", "--year", "2025");
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().resolve(null);
            List<Member> members = app.roster().members(branch.id()).stream().filter(Member::current).toList();
            a = members.get(1);
            b = members.get(2);
            c = members.get(3);
        }
    }

    /** A 践诺情况登记表 as a township hands it out: a title row, the header, rows, a blank line, who filled it. */
    private Path sheet(String name, boolean laterProgress) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("2026年承诺");
            ws.value(0, 0, "红旗村党支部2026年度公开承诺践诺情况登记表");
            ws.range(0, 0, 0, HEADER.length - 1).merge();
            for (int i = 0; i < HEADER.length; i++) {
                ws.value(1, i, HEADER[i]);
            }
            row(ws, 2, "1", "支部", "陆书记", "", "工作业绩好", "", "硬化村内道路 1.2 公里，年底前完成验收", "争取项目资金，党员义务投工",
                    null, "2026-03-01", "2026-05-10 完成路基；2026-08-20 完成硬化", "2026年10月28日", "已兑现", null, "");
            ws.value(2, 8, LocalDate.of(2026, 10, 20));
            ws.style(2, 8).format("yyyy-mm-dd").set();
            ws.value(2, 13, 0.965);
            ws.style(2, 13).format("0.0%").set();
            row(ws, 3, "2", "党员", a.name(), a.idNumber(), "带头服务群众", "关爱帮扶岗", "每月走访联系的 3 户困难群众，帮助解决实际困难",
                    "", "2026-06-30", "2026/3/1", laterProgress ? "2026-04-02 已走访 3 户\n2026-09-01 为 1 户申请临时救助"
                            : "2026-04-02 已走访 3 户", "", "", "", "");
            row(ws, 4, "3", "党员", b.name(), b.idNumber(), "学习提高", "政策宣传岗", "全年撰写学习心得 2 篇", "", "2026-12-31", "",
                    "", "", "", "", "");
            row(ws, 5, "4", "党员", a.name(), a.idNumber(), "带头争创佳绩", "致富带头岗", "带动 5 户村民发展大棚蔬菜种植", "",
                    "2026-09-30", "2026-03-01", "5 户已建棚 3 户", "2026-10-10", "部分兑现", "80%", "两户因资金不足推迟到明年");
            row(ws, 6, "5", "党员", b.name(), b.idNumber(), "带头弘扬正气", "环境卫生监督岗", "三年内参加志愿服务不少于 18 次", "",
                    "2030-12-31", "2026-03-01", "", "", "", "", "");
            row(ws, 7, "6", "党员", c.name(), c.idNumber(), "带头遵纪守法", "矛盾纠纷调解岗", "协助村调委会化解邻里纠纷 3 起", "",
                    "2026-07-31", "2026-03-01", "", "2026-08-05", "未兑现", "55.5", "外出务工时间长，未能参加调解，已向群众说明");
            ws.value(9, 0, "填表人：王红梅");
            wb.finish();
        }
        return file;
    }

    private static void row(Worksheet ws, int r, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isEmpty()) {
                ws.value(r, i, values[i]);
            }
        }
    }

    @Test
    void importsASpreadsheetIdempotentlyAndListsTheStatuses() throws Exception {
        Path file = sheet("承诺.xlsx", false);
        assertEquals(0, cli.run("import-pledges", file.toString()), cli.err());
        assertEquals("imported=6 updated=0 unchanged=0 rejected=0", cli.lastLine());
        assertEquals(0, cli.run("import-pledges", file.toString()), cli.err());
        assertEquals("imported=0 updated=0 unchanged=6 rejected=0", cli.lastLine(), "a second import changes nothing");

        assertEquals(0, cli.run("pledges", "--year", "2026"));
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of("承诺主体,姓名,类别,承诺内容,完成时限,状态",
                "支部,陆书记,工作业绩好,硬化村内道路 1.2 公里，年底前完成验收,2026-10-20,已兑现",
                "党员," + a.name() + ",带头服务群众,每月走访联系的 3 户困难群众，帮助解决实际困难,2026-06-30,逾期",
                "党员," + a.name() + ",带头争创佳绩,带动 5 户村民发展大棚蔬菜种植,2026-09-30,部分兑现",
                "党员," + b.name() + ",带头学习提高,全年撰写学习心得 2 篇,2026-12-31,未公示",
                "党员," + b.name() + ",带头弘扬正气,三年内参加志愿服务不少于 18 次,2030-12-31,进行中",
                "党员," + c.name() + ",带头遵纪守法,协助村调委会化解邻里纠纷 3 起,2026-07-31,未兑现"), lines);
        assertTrue(cli.out().contains("\r\n"), "CRLF like the other commands");

        assertEquals(0, cli.run("pledges", "--year", "2026", "--format", "json"));
        assertTrue(cli.out().replaceAll("\\s", "").startsWith("[{\"承诺主体\":\"支部\",\"姓名\":\"陆书记\",\"类别\":\"工作业绩好\""), cli.out());
        assertTrue(cli.out().contains("\"状态\":\"未公示\""), cli.out());

        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().resolve(null);
            PledgeView road = app.pledges().views(branch.id(), 2026).get(0);
            assertEquals(965, road.pledge().satisfactionTenths(), "a percent cell");
            assertEquals(LocalDate.of(2026, 10, 28), road.pledge().reportedOn());
            assertEquals(LocalDate.of(2026, 10, 28), road.pledge().evaluatedOn(), "评诺日期 defaults to 述诺日期");
            assertEquals("争取项目资金，党员义务投工", road.pledge().measures());
            assertEquals(List.of("2026-05-10 完成路基", "2026-08-20 完成硬化"),
                    road.progress().stream().map(PledgeProgress::line).toList());
            Pledge notKept = app.pledges().views(branch.id(), 2026).get(5).pledge();
            assertEquals(555, notKept.satisfactionTenths());
            assertEquals("外出务工时间长，未能参加调解，已向群众说明", notKept.explanation());
            assertEquals(new MemberPledgeResults(2, 0, 1, 0, 0, 1, 0), app.pledges().memberResults(branch.id(), 2026)
                    .get(a.id()));
            // a step recorded in the window since is not undone by importing the old sheet again
            long unpublished = app.pledges().views(branch.id(), 2026).get(3).pledge().id();
            app.pledges().save(app.pledges().pledge(unpublished));
            app.pledges().publish(unpublished, LocalDate.of(2026, 4, 1));
        }
        assertEquals(0, cli.run("import-pledges", file.toString()), cli.err());
        assertEquals("imported=0 updated=0 unchanged=6 rejected=0", cli.lastLine(), "empty cells clear nothing");

        Path later = sheet("承诺（9月）.xlsx", true);
        assertEquals(0, cli.run("import-pledges", later.toString()), cli.err());
        assertEquals("imported=0 updated=1 unchanged=5 rejected=0", cli.lastLine(), "one progress entry more");
        assertEquals(0, cli.run("import-pledges", later.toString()), cli.err());
        assertEquals("imported=0 updated=0 unchanged=6 rejected=0", cli.lastLine());
    }

    @Test
    void rejectedRowsNameFileRowAndColumnAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("承诺有误.csv");
        Files.writeString(file, String.join("\n",
                "承诺主体,姓名,公民身份号码,类别,承诺内容,完成时限,公示日期,评诺结果,满意度",
                "支部,,,带头学习提高,建立党员积分制度,2026-06-30,2026-03-01,,",
                "党员," + b.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 3 户,2026-06-30,2026-03-01,,",
                "党员," + a.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 5 户,,2026-03-01,,",
                "党员," + a.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 6 户,2026-06-30,,已兑现,",
                "党员," + a.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 7 户,2026-06-30,2026-03-01,完成了,很满意",
                "群众," + a.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 8 户,2026-06-30,,,",
                "党员," + a.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 9 户,2026-06-30,2026-03-01,已兑现,90%",
                "党员," + a.name() + "," + a.idNumber() + ",带头服务群众,走访困难户 9 户,2026-06-30,2026-03-01,已兑现,90%")
                + "\n");
        assertEquals(3, cli.run("import-pledges", file.toString()));
        String err = cli.err();
        assertTrue(err.contains("承诺有误.csv 第2行 类别: 支部承诺应对照“五个好”"), err);
        assertTrue(err.contains("承诺有误.csv 第3行 姓名: 与该公民身份号码在册的党员(" + a.name() + ")不符"), err);
        assertTrue(err.contains("承诺有误.csv 第4行 完成时限: 不能为空"), err);
        assertTrue(err.contains("承诺有误.csv 第5行 评诺结果: 承诺尚未公示"), err);
        assertTrue(err.contains("承诺有误.csv 第6行 评诺结果: 应填 已兑现、部分兑现 或 未兑现"), err);
        assertTrue(err.contains("承诺有误.csv 第6行 满意度: 应为百分数"), err);
        assertTrue(err.contains("承诺有误.csv 第7行 承诺主体: 应填 支部 或 党员"), err);
        assertTrue(err.contains("承诺有误.csv 第9行 承诺内容: 与第8行重复"), err);
        assertEquals("imported=0 updated=0 unchanged=0 rejected=7", cli.lastLine());

        assertEquals(3, cli.run("import-pledges", file.toString(), "--accept-valid", "--dry-run"));
        assertEquals("imported=1 updated=0 unchanged=0 rejected=7", cli.lastLine(), "what would be written");
        assertEquals(0, cli.run("pledges", "--year", "2026"));
        assertEquals(1, cli.out().lines().count(), "nothing written: " + cli.out());

        assertEquals(3, cli.run("import-pledges", file.toString(), "--accept-valid"));
        assertEquals("imported=1 updated=0 unchanged=0 rejected=7", cli.lastLine());
        assertEquals(0, cli.run("pledges", "--year", "2026"));
        assertTrue(cli.out().contains("走访困难户 9 户,2026-06-30,已兑现"), cli.out());

        assertEquals(2, cli.run("import-pledges", dir.resolve("没有这个文件.xlsx").toString()));
        assertEquals(2, cli.run("pledges", "--year", "2026", "--format", "xml"));
        assertEquals(2, cli.run("pledges", "--branch", "没有这个支部"));
    }
}
