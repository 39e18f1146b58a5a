package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.Engines.OnBothEngines;

/** The study sample, through the real commands, gives exactly the expected hours. */
@OnBothEngines
class StudyImportTest {
    private static final Path SAMPLES = Samples.DIR;

    @TempDir
    Path dir;

    private CliRun cli;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        cli = new CliRun(dir.resolve("data"));
    }

    @Test
    void theSampleGivesTheExpectedHours() throws Exception {
        assertEquals(3, cli.run("import-roster", SAMPLES.resolve("花名册-示例村.xlsx").toString(), "--accept-valid"));
        String study = SAMPLES.resolve("学习记录-示例村-2026.xlsx").toString();
        assertEquals(3, cli.run("import-study", study));
        assertEquals("imported=0 updated=0 unchanged=0 rejected=2", cli.lastLine(), "nothing written without --accept-valid");
        assertEquals(3, cli.run("import-study", study, "--accept-valid"));
        assertEquals("imported=897 updated=0 unchanged=0 rejected=2", cli.lastLine());
        assertEquals(2, cli.err().lines().filter(l -> l.contains(" 第")).count(), cli.err());

        assertEquals(0, cli.run("hours", "--year", "2026"));
        List<String> expected = Files.readAllLines(SAMPLES.resolve("expected").resolve("学时-示例村-2026.csv"));
        List<String> got = cli.out().lines().toList();
        assertEquals(expected.get(0), got.get(0), "header");
        assertEquals(Files.readString(SAMPLES.resolve("expected").resolve("学时-示例村-2026.csv")), cli.out(),
                "byte for byte, order and CRLF line ends included");
        assertEquals(21, got.stream().filter(l -> l.endsWith(",是")).count(), "21 of 36 compliant");

        assertEquals(3, cli.run("import-study", study, "--accept-valid"));
        assertEquals("imported=0 updated=0 unchanged=897 rejected=2", cli.lastLine(), "a second import changes nothing");

        assertEquals(0, cli.run("hours", "--year", "2026", "--format", "json"));
        assertTrue(cli.out().contains("\"集中学时\":\"26.7\"") && cli.out().contains("\"达标\":\"是\""), cli.out().substring(0, 300));
    }

    @Test
    void badRowsAreNamedWithRowAndColumn() throws Exception {
        assertEquals(3, cli.run("import-roster", SAMPLES.resolve("花名册-示例村.xlsx").toString(), "--accept-valid"));
        Path file = dir.resolve("学习.csv");
        Files.writeString(file, String.join("\n",
                "日期,形式,主题,学时,姓名,公民身份号码,出勤,补课日期",
                "2026-03-01,党课,理想信念与党的宗旨,2,白娟凤,440106199605283055,出席,",
                "2026-03-01,党课,理想信念与党的宗旨,3,高振,610113195202089917,出席,",
                "2026-03-02,读报,乡村振兴,1,高振,610113195202089917,出席,",
                "2026-03-01,党课,理想信念与党的宗旨,2,汤凤,350102195306159518,补课,",
                "2026-03-05,自学,学习强国,1.25,汤凤,350102195306159518,,",
                "2026-03-01,党课,理想信念与党的宗旨,2,付晓,510107198905012310,迟到,") + "\n");
        assertEquals(3, cli.run("import-study", file.toString()));
        assertTrue(cli.err().contains("学习.csv 第3行 学时: 与同一活动第2行的学时(2.0)不同"), cli.err());
        assertTrue(cli.err().contains("第4行 形式: 不认识的学习形式“读报”"), cli.err());
        assertTrue(cli.err().contains("第5行 补课日期: 补课须填写补课日期"), cli.err());
        assertTrue(cli.err().contains("第6行 学时: 学时最多一位小数"), cli.err());
        assertTrue(cli.err().contains("第7行 出勤: 应填 出席"), cli.err());
        assertEquals("imported=0 updated=0 unchanged=0 rejected=5", cli.lastLine());
    }
}
