package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** import-notes and notes through the real commands, on a demo branch. */
@OnBothEngines
class NotesImportTest {
    @TempDir
    Path dir;

    private CliRun cli;
    private List<Member> members;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(dir.resolve("data"));
        // The demo writes notes for its own year: make it the year before, so 2026 starts empty.
        DemoCopies.command(dir.resolve("data"), "--members", "10", "--sessions", "0", "--year", "2025");
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().resolve(null);
            members = app.roster().members(branch.id()).stream().filter(Member::current).toList();
        }
    }

    private Member writer(int skip) {
        return members.stream().filter(m -> m.canWrite() && !m.leadingCadre()).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void importsIdempotentlyAndCountsPerMember() throws Exception {
        Member a = writer(0);
        Member b = writer(1);
        Path file = dir.resolve("笔记.csv");
        Files.writeString(file, String.join("\n",
                "姓名,公民身份号码,日期,类别,题目,字数,批改人,批改日期,批改意见,等级",
                a.name() + "," + a.idNumber() + ",2026-03-01,心得,学习新思想心得,1200,王书记,2026-03-05,认识深刻,良",
                a.name() + "," + a.idNumber() + ",2026-03-02,笔记,党章第一章,800,,,,",
                b.name() + "," + b.idNumber() + ",2026-04-01,心得体会,乡村振兴体会,2000,王书记,2026-04-03,需充实,需修改",
                b.name() + "," + b.idNumber() + ",2026-04-02,笔记,党史学习,-5,,,,") + "\n");

        assertEquals(3, cli.run("import-notes", file.toString()));
        assertTrue(cli.err().contains("笔记.csv 第5行 字数: 应为不小于 0 的整数"), cli.err());
        assertEquals("imported=0 updated=0 unchanged=0 rejected=1", cli.lastLine(), "nothing written without --accept-valid");

        assertEquals(3, cli.run("import-notes", file.toString(), "--accept-valid", "--dry-run"));
        assertEquals("imported=3 updated=0 unchanged=0 rejected=1", cli.lastLine(), "what would be written");

        assertEquals(3, cli.run("import-notes", file.toString(), "--accept-valid"));
        assertEquals("imported=3 updated=0 unchanged=0 rejected=1", cli.lastLine());
        assertEquals(3, cli.run("import-notes", file.toString(), "--accept-valid"));
        assertEquals("imported=0 updated=0 unchanged=3 rejected=1", cli.lastLine(), "a second import changes nothing");

        assertEquals(0, cli.run("notes", "--year", "2026"));
        List<String> lines = cli.out().lines().toList();
        assertEquals("姓名,公民身份号码,笔记篇数,心得篇数,计入心得篇数,要求心得篇数,达标,待批改篇数", lines.get(0));
        assertEquals(members.size() + 1, lines.size(), "every current member");
        assertTrue(cli.out().contains("\r\n"), "CRLF like the other commands");
        assertTrue(lines.contains(a.name() + "," + a.idNumber() + ",1,1,1,1,是,1"), cli.out());
        assertTrue(lines.contains(b.name() + "," + b.idNumber() + ",0,1,0,1,否,0"), "需修改 does not count");
        for (Member m : members) {
            String line = lines.stream().filter(l -> l.startsWith(m.name() + "," + m.idNumber() + ",")).findFirst()
                    .orElseThrow();
            if (!m.canWrite()) {
                assertTrue(line.endsWith(",0,免,0"), line);
            } else if (m.leadingCadre()) {
                assertTrue(line.endsWith(",2,否,0"), line);
            }
        }
        for (int i = 0; i < members.size(); i++) {
            assertTrue(lines.get(i + 1).startsWith(members.get(i).name() + ","), "roster order");
        }

        assertEquals(0, cli.run("notes", "--year", "2026", "--format", "json"));
        assertTrue(cli.out().contains("\"计入心得篇数\":1") || cli.out().contains("\"计入心得篇数\":\"1\""), cli.out());
    }

    @Test
    void badRowsAreNamedWithRowAndColumn() throws Exception {
        Member a = writer(0);
        Member b = writer(1);
        Path file = dir.resolve("笔记.csv");
        Files.writeString(file, String.join("\n",
                "姓名,公民身份号码,日期,类别,题目,字数,批改人,批改日期,批改意见,等级",
                b.name() + "," + a.idNumber() + ",2026-03-01,心得,题一,1200,,,,",
                a.name() + "," + a.idNumber() + ",2026-03-01,随笔,题二,1200,,,,",
                a.name() + "," + a.idNumber() + ",2026-03-01,笔记,题三,1.5,,,,",
                a.name() + "," + a.idNumber() + ",2026-03-01,笔记,题四,100,王书记,2026-03-02,,优秀",
                a.name() + "," + a.idNumber() + ",2026-03-01,笔记,题五,100,王书记,,,良",
                a.name() + "," + a.idNumber() + ",2026-03-01,笔记,题六,100,,,,",
                a.name() + "," + a.idNumber() + ",2026-03-01,笔记,题六,100,,,,") + "\n");
        assertEquals(3, cli.run("import-notes", file.toString()));
        assertTrue(cli.err().contains("第2行 姓名: 与该公民身份号码在册的党员(" + a.name() + ")不符"), cli.err());
        assertTrue(cli.err().contains("第3行 类别: 应填 笔记 或 心得体会"), cli.err());
        assertTrue(cli.err().contains("第4行 字数: 应为不小于 0 的整数"), cli.err());
        assertTrue(cli.err().contains("第5行 等级: 应填 优、良、合格 或 需修改"), cli.err());
        assertTrue(cli.err().contains("第6行 批改日期: 填写了批改人"), cli.err());
        assertTrue(cli.err().contains("第8行 题目: 与第7行重复"), cli.err());
        assertEquals("imported=0 updated=0 unchanged=0 rejected=6", cli.lastLine());
    }
}
