package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * {@code ledger signin} prints one session's sheet: a day's only session by its date, one of several by its 形式
 * or by its number in {@code ledger signin --list}; a day of several sessions and nothing to choose by is answered
 * with the list (exit 2, nothing written).
 */
@OnBothEngines
class SigninSessionCliTest {
    private static final int YEAR = 2026;
    private static final LocalDate BUSY = LocalDate.of(YEAR, 12, 6);
    private static final LocalDate QUIET = LocalDate.of(YEAR, 12, 13);

    @TempDir
    static Path dir;
    static CliRun cli;

    @BeforeAll
    static void branchWithABusyDay() throws Exception {
        Path data = dir.resolve("data");
        cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "8", "--sessions", "6", "--year", "2025"), cli.err());
        try (App app = TestApps.open(data)) {
            Branch branch = app.branches().all().get(0);
            for (Object[] s : List.of(new Object[] {BUSY, SessionKind.PARTY_LECTURE, "学习党章第一章"},
                    new Object[] {BUSY, SessionKind.THEME_DAY, "清理村道垃圾"},
                    new Object[] {BUSY, SessionKind.COMMITTEE_MEETING, "研究年终评议安排"},
                    new Object[] {QUIET, SessionKind.STUDY, "学习全会精神"})) {
                app.study().addSession(new StudySession(null, branch.id(), (LocalDate) s[0], (SessionKind) s[1],
                        (String) s[2], 20, "村委会会议室", "陆书记"), List.of());
            }
        }
    }

    @Test
    void aDayWithSeveralSessionsAndNoKindIsAnsweredWithTheList() {
        Path pdf = dir.resolve("几场.pdf");
        assertEquals(2, cli.run("ledger", "signin", "--session", BUSY.toString(), "--out", pdf.toString()));
        String err = cli.err();
        assertTrue(err.contains("2026年12月6日有 3 场学习活动") && err.contains("--kind"), err);
        for (String listed : List.of("党课  学习党章第一章", "主题党日  清理村道垃圾", "支委会  研究年终评议安排")) {
            assertTrue(err.contains(listed), listed + " in " + err);
        }
        assertTrue(err.contains("编号 1: 2026-12-06"), err);
        assertFalse(Files.exists(pdf), "nothing written");
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void theKindPicksOneSessionOfTheDay() throws Exception {
        Path pdf = dir.resolve("党课.pdf");
        assertEquals(0, cli.run("ledger", "signin", "--session", BUSY.toString(), "--kind", "党课", "--out",
                pdf.toString()), cli.err());
        String text = LedgerPdf.text(pdf);
        assertTrue(text.contains("形式: 党课") && text.contains("主题: 学习党章第一章"), text);
        assertFalse(text.contains("主题党日") || text.contains("支委会"), "only the one session: " + text);
        assertFalse(text.contains("本日共"), text);
        assertEquals(0, cli.run("verify", pdf.toString()), cli.out() + cli.err());
        assertTrue(cli.out().contains("一致"), cli.out());

        assertEquals(2, cli.run("ledger", "signin", "--session", BUSY.toString(), "--kind", "参观见学", "--out",
                pdf.toString()));
        assertTrue(cli.err().contains("2026年12月6日没有参观见学") && cli.err().contains("党课"), cli.err());
        assertEquals(2, cli.run("ledger", "signin", "--session", BUSY.toString(), "--kind", "上课", "--out",
                pdf.toString()));
        assertTrue(cli.err().contains("没有“上课”这种学习形式") && cli.err().contains("主题党日"), cli.err());
    }

    @Test
    void theListNumbersTheYearsSessionsAndANumberPicksOne() throws Exception {
        assertEquals(0, cli.run("ledger", "signin", "--list", "--year", "2026"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("编号,日期,形式,主题,学时", lines.get(0));
        assertEquals(5, lines.size(), cli.out());
        String themeDay = lines.stream().filter(l -> l.contains("清理村道垃圾")).findFirst().orElseThrow();
        assertTrue(themeDay.matches("\\d+,2026-12-06,主题党日,清理村道垃圾,2\\.0"), themeDay);
        String number = themeDay.substring(0, themeDay.indexOf(','));

        Path pdf = dir.resolve("主题党日.pdf");
        assertEquals(0, cli.run("ledger", "signin", "--year", "2026", "--number", number, "--out", pdf.toString()),
                cli.err());
        String text = LedgerPdf.text(pdf);
        assertTrue(text.contains("形式: 主题党日") && text.contains("清理村道垃圾"), text);
        assertFalse(text.contains("学习党章第一章"), text);

        assertEquals(2, cli.run("ledger", "signin", "--year", "2026", "--number", "99", "--out", pdf.toString()));
        assertTrue(cli.err().contains("2026 年度没有编号为 99 的学习活动(共 4 场)"), cli.err());

        assertEquals(0, cli.run("ledger", "signin", "--list", "--year", "2026", "--format", "json"), cli.err());
        assertTrue(cli.out().contains("\"形式\":\"支委会\"") || cli.out().contains("\"形式\": \"支委会\""), cli.out());
    }

    @Test
    void aDayWithOneSessionPrintsAsBefore() throws Exception {
        Path pdf = dir.resolve("一场.pdf");
        assertEquals(0, cli.run("ledger", "signin", "--session", QUIET.toString(), "--out", pdf.toString()), cli.err());
        String text = LedgerPdf.text(pdf);
        assertTrue(text.contains("学习签到表") && text.contains("形式: 集中学习") && text.contains("学习全会精神"), text);
        assertTrue(text.contains("时间: 2026年12月13日"), text);

        assertEquals(2, cli.run("ledger", "signin", "--session", "2026-12-14", "--out", pdf.toString()));
        assertTrue(cli.err().contains("2026年12月14日没有学习活动"), cli.err());
        assertEquals(2, cli.run("ledger", "roster", "--kind", "党课", "--out", pdf.toString()));
        assertTrue(cli.err().contains("--kind 只用于学习签到表"), cli.err());
    }
}
