package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.branchledger.App;
import org.branchledger.auditlog.AuditFilter;
import org.branchledger.auditlog.AuditRow;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines;
import org.branchledger.testing.Engines.OnBothEngines;

/** {@code branch list|add|set|remove} on a real data folder. */
@OnBothEngines
class BranchCommandTest {
    private static final String HEADER = "支部名称,类别,上级党组织,书记,成立日期,监督电话,公示期天数,当前党员,示例";

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir);
    }

    @Test
    void addsABranchWithItsDetailsAndListsIt() {
        assertEquals(0, cli.run("branch", "add", "东风村党支部", "--kind", "农村", "--higher-org", "城关镇党委",
                "--secretary", "李明", "--founded", "1958-03-01", "--phone", "0571-8888 6666", "--notice-days", "7"));
        assertTrue(cli.out().contains("已新建支部“东风村党支部”"), cli.out());
        assertEquals(0, cli.run("branch", "add", "宏达机械有限公司党支部"));

        assertEquals(0, cli.run("branch", "list"));
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of(HEADER, "东风村党支部,农村,城关镇党委,李明,1958-03-01,0571-8888 6666,7,0,否",
                "宏达机械有限公司党支部,企业,,,,,5,0,否"), lines);

        assertEquals(0, cli.run("branch", "list", "--format", "json"));
        assertTrue(cli.out().contains("\"监督电话\":\"0571-8888 6666\""), cli.out());
        assertTrue(cli.out().contains("\"公示期天数\":7"), cli.out());
    }

    @Test
    void badDetailsExitTwoAndWriteNothing() {
        assertEquals(2, cli.run("branch", "add", "东风村党支部", "--phone", "请打电话"));
        assertTrue(cli.err().contains("只能填数字"), "[" + cli.err() + "]" + cli.out());
        assertEquals(2, cli.run("branch", "add", "东风村党支部", "--founded",
                java.time.LocalDate.now().plusDays(1).toString()));
        assertTrue(cli.err().contains("不能晚于今天"), cli.err());
        assertEquals(2, cli.run("branch", "add", "东风村党支部", "--kind", "农场"));
        assertTrue(cli.err().contains("农村|企业|机关|社区|学校|其他"), cli.err());
        assertEquals(2, cli.run("branch", "add", "东风村党支部", "--notice-days", "0"));
        assertTrue(cli.err().contains("1 到 60"), cli.err());
        assertEquals(2, cli.run("branch", "add", "  "));
        assertEquals(2, cli.run("branch", "add"));
        assertEquals(2, cli.run("branch", "frobnicate"));
        assertEquals(2, cli.run("branch", "list", "--phone", "123456"));
        assertFalse(cli.err().contains("Exception"), cli.err());

        assertEquals(0, cli.run("branch", "list"));
        assertEquals(HEADER, cli.out().strip());

        assertEquals(0, cli.run("branch", "add", "东风村党支部"));
        assertEquals(2, cli.run("branch", "add", "东风村党支部"));
        assertTrue(cli.err().contains("已有名为“东风村党支部”的支部"), cli.err());
    }

    @Test
    void setsChangesOnlyWhatIsGivenAndTheAuditTrailRecordsIt() throws Exception {
        assertEquals(0, cli.run("branch", "add", "东风村党支部", "--secretary", "李明", "--phone", "0571-8888 6666"));
        assertEquals(0, cli.run("branch", "set", "东风村党支部", "--higher-org", "城关镇党委", "--phone", "",
                "--rename", "东风村党总支"));
        assertEquals(0, cli.run("branch", "list"));
        assertEquals(HEADER + "\n东风村党总支,农村,城关镇党委,李明,,,5,0,否", cli.out().strip().replace("\r", ""));

        assertEquals(2, cli.run("branch", "set", "没有这个支部", "--phone", "123456"));
        assertTrue(cli.err().contains("没有名为“没有这个支部”的支部"), cli.err());
        assertEquals(0, cli.run("branch", "add", "西山村党支部"));
        assertEquals(2, cli.run("branch", "set", "西山村党支部", "--rename", "东风村党总支"));

        assertEquals(0, cli.run("verify"), cli.out() + cli.err()); // the audit trail covers every detail

        try (App app = TestApps.open(dir)) {
            List<AuditRow> rows = app.auditLog().page(AuditFilter.ALL, 0, 100).rows();
            assertTrue(rows.stream().anyMatch(r -> r.what().contains("上级党组织") && r.what().contains("监督电话")),
                    rows.toString());
        }
    }

    @Test
    void removeNeedsTheNameTypedAgainAndBacksUpFirst() throws Exception {
        assertEquals(0, cli.run("demo", "--members", "8", "--sessions", "6"));
        assertEquals(0, cli.run("branch", "add", "东风村党支部"));
        assertEquals(0, cli.run("branch", "list"));
        assertTrue(cli.out().contains("红旗村党支部（示范）,农村,城关镇党委,"), cli.out());
        assertTrue(cli.out().contains(",5,8,是"), cli.out());

        assertEquals(2, cli.run("branch", "remove", "红旗村党支部（示范）"));
        assertEquals(2, cli.run("branch", "remove", "红旗村党支部（示范）", "--confirm", "红旗村党支部"));
        assertTrue(cli.err().contains("不一致"), cli.err());
        assertEquals(List.of(), backups());

        assertEquals(0, cli.run("branch", "remove", "红旗村党支部（示范）", "--confirm", "红旗村党支部（示范）"));
        assertTrue(cli.out().contains("删除前的备份"), cli.out());
        List<Path> made = backups();
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).getFileName().toString().startsWith("删除支部前-"), made.toString());

        assertEquals(0, cli.run("branch", "list"));
        assertEquals(HEADER + "\n东风村党支部,农村,,,,,5,0,否", cli.out().strip().replace("\r", ""));
        assertEquals(0, cli.run("members", "--branch", "东风村党支部"));
        assertEquals(0, cli.run("verify"), cli.out() + cli.err());

        // the backup holds the deleted branch: restoring it brings the demo back (on a server into a new empty
        // database: a server's restore refuses one that holds data, README "For an office's IT person")
        CliRun restored = Engines.onServer() ? new CliRun(dir.resolve("restored")) : cli;
        assertEquals(0, restored.run("restore", made.get(0).toString()), restored.err());
        assertEquals(0, restored.run("branch", "list"));
        assertTrue(restored.out().contains("红旗村党支部（示范）"), restored.out());
    }

    private List<Path> backups() throws Exception {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith("删除支部前-")).toList();
        }
    }
}
