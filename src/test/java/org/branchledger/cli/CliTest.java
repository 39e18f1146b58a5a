package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.ids.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", dir.toString()));
        all.addAll(List.of(args));
        Cli.Outcome outcome = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return outcome.exitCode().orElseThrow();
    }

    @Test
    void helpListsTheCommandsInChinese() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("members") && out.contains("demo") && out.contains("退出码"), out);
        assertEquals(0, run("members", "--help"));
        assertTrue(out.contains("--format"), out);
    }

    @Test
    void noCommandAsksForTheWindow() {
        Cli.Outcome outcome = new Cli(System.out, System.err).run(new String[] {"--data", dir.toString()});
        assertTrue(outcome.exitCode().isEmpty());
        assertEquals(dir.toAbsolutePath(), outcome.windowFolder().path());
    }

    @Test
    void badUsageExitsTwoWithOneChineseLine() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.startsWith("未知命令 frobnicate"), err);
        assertEquals(2, run("members", "--colour", "red"));
        assertTrue(err.contains("没有选项 --colour"), err);
        assertEquals(2, run("members", "--format", "xml"));
        assertTrue(err.contains("不支持的输出格式 xml"), err);
        assertEquals(2, run("demo", "--members", "lots"));
        assertTrue(err.contains("不是整数"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void membersOfAnEmptyDatabaseIsAnEmptyTable() {
        assertEquals(0, run("members"));
        assertEquals("姓名,公民身份号码", out.lines().findFirst().orElseThrow().substring(0, 9));
        assertEquals(1, out.lines().count());
        assertEquals(0, run("members", "--format", "json"));
        assertEquals("[]", out.strip());
    }

    @Test
    void demoThenMembersAsCsvAndJson() throws Exception {
        assertEquals(0, run("demo", "--members", "30"));
        assertTrue(out.contains("30"), out);

        assertEquals(0, run("members", "--format", "csv"));
        List<String> lines = out.lines().toList();
        assertEquals(31, lines.size(), "header and 30 current members");
        for (String line : lines.subList(1, lines.size())) {
            IdNumber.parse(line.split(",")[1]); // every ID valid
        }
        assertEquals(0, run("members", "--all"));
        assertEquals(33, out.lines().count(), "with the two who left");

        assertEquals(0, run("members", "--format", "json"));
        assertTrue(out.strip().startsWith("[") && out.contains("\"姓名\":") && out.contains("\"公民身份号码\":"));
        assertEquals(30, out.split("\"姓名\":", -1).length - 1);
    }

    @Test
    void branchNamesAreCheckedAndRequiredWhenThereAreSeveral() {
        assertEquals(0, run("demo", "--members", "5", "--branch", "甲村党支部"));
        assertEquals(0, run("demo", "--members", "6", "--branch", "乙村党支部"));
        assertEquals(2, run("members"));
        assertTrue(err.contains("--branch") && err.contains("甲村党支部") && err.contains("乙村党支部"), err);
        assertEquals(0, run("members", "--branch", "乙村党支部"));
        assertEquals(7, out.lines().count());
        assertEquals(2, run("members", "--branch", "丙村党支部"));
        assertTrue(err.contains("没有名为“丙村党支部”的支部"), err);
        assertEquals(2, run("demo", "--branch", "甲村党支部"));
        assertTrue(err.contains("已有名为"), err);
    }

    @Test
    void aSecondCopyOnTheSameFolderExitsFour() throws Exception {
        try (DataFolderLock held = DataFolderLock.acquire(new DataFolder(dir))) {
            // in this process
            assertEquals(4, run("members"));
            assertTrue(err.contains("正被另一个正在运行的支部台账使用"), err);
            // and from a second process, as a user would meet it
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.branchledger.Main",
                    "--data", dir.toString(), "members").redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(4, p.exitValue(), output);
            assertTrue(output.contains("正被另一个正在运行的支部台账使用"), output);
        }
    }
}
