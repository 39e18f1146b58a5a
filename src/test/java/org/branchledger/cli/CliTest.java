package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir);
    }

    @Test
    void helpListsTheCommandsInChinese() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("members") && cli.out().contains("demo") && cli.out().contains("退出码"), cli.out());
        assertEquals(0, cli.run("members", "--help"));
        assertTrue(cli.out().contains("--format"), cli.out());
    }

    @Test
    void noCommandAsksForTheWindow() {
        Cli.Outcome outcome = new Cli(System.out, System.err).run(new String[] {"--data", dir.toString()});
        assertTrue(outcome.exitCode().isEmpty());
        assertEquals(dir.toAbsolutePath(), outcome.windowFolder().path());
        assertTrue(outcome.windowServer().isEmpty());
    }

    @Test
    void theWindowWithDatabaseOpensOnThatServerForThisStart() throws Exception {
        String address = "postgresql://127.0.0.1:5432/zhibu";
        Cli.Outcome outcome = new Cli(System.out, System.err, java.util.Map.of("BRANCH_LEDGER_DB_USER", "office"), null)
                .run(new String[] {"--data", dir.toString(), "--database", address});
        assertTrue(outcome.exitCode().isEmpty());
        assertEquals(address, outcome.windowServer().orElseThrow().address().toString());
        assertEquals("office", outcome.windowServer().orElseThrow().user());
        assertFalse(java.nio.file.Files.exists(dir.resolve(org.branchledger.core.db.ServerChoice.FILE_NAME)),
                "the folder's own choice is left as it was");
        // Without a user in the environment: the one the folder remembers for the same address.
        new org.branchledger.core.db.ServerChoice(outcome.windowServer().orElseThrow().address(), "secretary")
                .save(dir);
        Cli.Outcome again = new Cli(System.out, System.err, java.util.Map.of(), null)
                .run(new String[] {"--data", dir.toString(), "--database", address});
        assertEquals("secretary", again.windowServer().orElseThrow().user());
        assertEquals(2, cli.run("--database", "mysql://somewhere/x"));
        assertTrue(cli.err().contains("mysql://somewhere/x"), cli.err());
    }

    @Test
    void badUsageExitsTwoWithOneChineseLine() {
        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.err().startsWith("未知命令 frobnicate"), cli.err());
        assertEquals(2, cli.run("members", "--colour", "red"));
        assertTrue(cli.err().contains("没有选项 --colour"), cli.err());
        assertEquals(2, cli.run("members", "--format", "xml"));
        assertTrue(cli.err().contains("不支持的输出格式 xml"), cli.err());
        assertEquals(2, cli.run("demo", "--members", "lots"));
        assertTrue(cli.err().contains("不是整数"), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
    }

    @Test
    void membersOfAnEmptyDatabaseIsAnEmptyTable() {
        assertEquals(0, cli.run("members"));
        assertEquals("姓名,公民身份号码", cli.out().lines().findFirst().orElseThrow().substring(0, 9));
        assertEquals(1, cli.out().lines().count());
        assertEquals(0, cli.run("members", "--format", "json"));
        assertEquals("[]", cli.out().strip());
    }

    @Test
    void demoThenMembersAsCsvAndJson() throws Exception {
        assertEquals(0, cli.run("demo", "--members", "30"));
        assertTrue(cli.out().contains("30"), cli.out());

        assertEquals(0, cli.run("members", "--format", "csv"));
        List<String> lines = cli.out().lines().toList();
        assertEquals(31, lines.size(), "header and 30 current members");
        for (String line : lines.subList(1, lines.size())) {
            IdNumber.parse(line.split(",")[1]); // every ID valid
        }
        assertEquals(0, cli.run("members", "--all"));
        assertEquals(33, cli.out().lines().count(), "with the two who left");

        assertEquals(0, cli.run("members", "--format", "json"));
        assertTrue(cli.out().strip().startsWith("[") && cli.out().contains("\"姓名\":")
                && cli.out().contains("\"公民身份号码\":"));
        assertEquals(30, cli.out().split("\"姓名\":", -1).length - 1);
    }

    @Test
    void branchNamesAreCheckedAndRequiredWhenThereAreSeveral() {
        assertEquals(0, cli.run("demo", "--members", "5", "--branch", "甲村党支部"));
        assertEquals(0, cli.run("demo", "--members", "6", "--branch", "乙村党支部"));
        assertEquals(2, cli.run("members"));
        assertTrue(cli.err().contains("--branch") && cli.err().contains("甲村党支部") && cli.err().contains("乙村党支部"),
                cli.err());
        assertEquals(0, cli.run("members", "--branch", "乙村党支部"));
        assertEquals(7, cli.out().lines().count());
        assertEquals(2, cli.run("members", "--branch", "丙村党支部"));
        assertTrue(cli.err().contains("没有名为“丙村党支部”的支部"), cli.err());
        assertEquals(2, cli.run("demo", "--branch", "甲村党支部"));
        assertTrue(cli.err().contains("已有名为"), cli.err());
    }

    @Test
    void aSecondCopyOnTheSameFolderExitsFour() throws Exception {
        try (DataFolderLock held = DataFolderLock.acquire(new DataFolder(dir))) {
            // in this process
            assertEquals(4, cli.run("members"));
            assertTrue(cli.err().contains("正被另一个正在运行的支部台账使用"), cli.err());
            // and from a second process, as a user would meet it
            Process p = new ProcessBuilder(org.branchledger.bench.ChildJvm.command("org.branchledger.Main",
                    "--data", dir.toString(), "members")).redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(4, p.exitValue(), output);
            assertTrue(output.contains("正被另一个正在运行的支部台账使用"), output);
        }
    }
}
