package org.branchledger.township;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.roster.RosterCounts;
import org.branchledger.study.MeetingCadence;
import org.branchledger.study.SessionKind;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.Engines.OnBothEngines;

/** 全部支部: the overview model, and {@code overview} over branches kept here and received. */
@OnBothEngines
class TownshipOverviewTest {
    private static final int YEAR = LocalDate.now().getYear();

    @TempDir
    Path dir;

    @Test
    void aPackageOlderThanAQuarterIsFlaggedAndBranchesKeptHereNever() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertFalse(Overview.stale(null, today), "a branch kept here has no package to be late with");
        assertFalse(Overview.stale(LocalDateTime.of(2026, 9, 7, 8, 0), today), "exactly three months: not yet");
        assertTrue(Overview.stale(LocalDateTime.of(2026, 9, 6, 23, 59), today));
    }

    @Test
    void rowsAreByNameAndAddUp() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Overview o = Overview.of(2026, today, List.of(
                standing("西山村党支部", new RosterCounts(10, 8, 2, 1, 0, 0), 7, 10, 2, true, LocalDateTime.of(2026, 11, 1, 9, 0)),
                standing("东风村党支部", new RosterCounts(20, 19, 1, 3, 0, 2), 20, 20, 0, false, LocalDateTime.of(2026, 5, 1, 9, 0))));
        assertEquals(List.of("东风村党支部", "西山村党支部"), o.rows().stream().map(OverviewRow::branch).toList());
        OverviewRow east = o.rows().get(0);
        assertEquals(19, east.full());
        assertEquals(3, east.floating());
        assertTrue(east.stale());
        assertFalse(o.rows().get(1).stale());
        assertEquals(1, o.rows().get(1).gaps());
        OverviewRow total = o.total();
        assertEquals(27, total.full());
        assertEquals(27, total.compliant());
        assertEquals(30, total.counted());
        assertFalse(total.appraisalDone(), "not every branch has finished");
    }

    private static BranchStanding standing(String name, RosterCounts counts, int compliant, int counted, int overdue,
                                           boolean appraised, LocalDateTime reportedAt) {
        Branch b = new Branch((long) name.hashCode(), name, BranchKind.VILLAGE, null, null, null, null);
        return new BranchStanding(b, 2026, counts, Map.of(), compliant, counted,
                compliant < counted ? List.of(new MeetingCadence.Gap("2026年3月", SessionKind.COMMITTEE_MEETING)) : List.of(),
                overdue, Map.of(), 3, 1, appraised, reportedAt);
    }

    @Test
    void theLastOverviewIsGivenAgainUntilARecordChanges() throws Exception {
        try (App app = Packages.open(dir.resolve("town"))) {
            app.demo().create("东风村党支部", 9, YEAR);
            app.demo().create("西山村党支部", 6, YEAR);
            OverviewService overviews = app.township().overview();
            LocalDate day = LocalDate.of(YEAR, 11, 1);
            Overview first = overviews.overview(YEAR, day);
            assertTrue(first == overviews.overview(YEAR, day), "nothing changed: the same overview, not gathered again");
            assertTrue(first != overviews.overview(YEAR, day.plusDays(1)), "another day is gathered again");
            org.branchledger.core.branch.Branch east = app.branches().all().get(0);
            app.branches().update(new org.branchledger.core.branch.Branch(east.id(), east.name(), east.kind(),
                    east.higherOrg(), east.secretary(), east.foundedOn(), "0571-5550000", east.noticeDays(), east.demo()));
            Overview after = overviews.overview(YEAR, day);
            assertTrue(first != after, "a record changed: gathered again");
            assertEquals(first.rows().size(), after.rows().size());
        }
    }

    @org.junit.jupiter.api.Tag("slow") // two branches, a package, every command and the township pack
    @Test
    void theOverviewListsEveryBranchWithTheFiguresOfItsOwnCommands() throws Exception {
        Path branchData = dir.resolve("branch");
        try (App app = Packages.open(branchData)) {
            app.demo().create("东风村党支部", 11, YEAR);
        }
        Path townshipData = dir.resolve("township");
        try (App app = Packages.open(townshipData)) {
            app.demo().create("镇机关党支部", 7, YEAR);
        }
        Path pkg = dir.resolve("东风村.blpkg");
        assertEquals(0, new CliRun(branchData).run("export-branch", "--out", pkg.toString()));
        CliRun township = new CliRun(townshipData);
        assertEquals(0, township.run("import-branch", pkg.toString()), township.err());

        assertEquals(0, township.run("overview", "--year", "" + YEAR), township.err());
        List<String> lines = township.out().lines().toList();
        assertEquals("支部名称,数据来源,正式党员,预备党员,流动党员,学时达标人数,应达标人数,三会一课缺项,逾期承诺,待批改笔记,"
                + "民主评议完成,上报日期,超过一季度未上报", lines.get(0));
        assertEquals(3, lines.size(), township.out());
        String[] east = lines.get(1).split(",", -1);
        assertEquals("东风村党支部", east[0]);
        assertEquals("上报", east[1]);
        assertEquals(LocalDate.now().toString(), east[11]);
        assertEquals("否", east[12]);
        String[] own = lines.get(2).split(",", -1);
        assertEquals("本机", own[1]);
        assertEquals("", own[11]);

        assertEquals(0, township.run("hours", "--year", "" + YEAR, "--branch", "东风村党支部"));
        long compliant = township.out().lines().skip(1).filter(l -> l.endsWith(",是")).count();
        assertEquals(String.valueOf(compliant), east[5]);
        assertEquals(String.valueOf(township.out().lines().count() - 1), east[6]);
        assertEquals(11, Integer.parseInt(east[2]) + Integer.parseInt(east[3]));

        assertEquals(0, township.run("overview", "--year", "" + YEAR, "--format", "json"));
        assertTrue(township.out().contains("\"支部名称\":\"东风村党支部\""), township.out());
        assertTrue(township.out().contains("\"上报日期\":null"), township.out());

        Path packs = dir.resolve("督查材料包");
        assertEquals(0, township.run("ledger", "pack", "--all-branches", "--year", "" + YEAR, "--out", packs + "/"),
                township.err());
        assertTrue(java.nio.file.Files.isRegularFile(packs.resolve("东风村党支部-督查材料包-" + YEAR + ".pdf")));
        assertTrue(java.nio.file.Files.isRegularFile(packs.resolve("镇机关党支部-督查材料包-" + YEAR + ".pdf")));
        assertTrue(township.out().contains("已为 2 个支部各写一份督查材料包"), township.out());
        assertEquals(2, township.run("ledger", "roster", "--all-branches", "--year", "" + YEAR, "--out", packs + "/"));
        assertTrue(township.err().contains("只用于督查材料包"), township.err());
        String pack = org.branchledger.testing.LedgerPdf.text(packs.resolve("东风村党支部-督查材料包-" + YEAR + ".pdf"));
        assertFalse(pack.contains("各支部工作情况一览表") || pack.contains("全部支部"), "a branch's pack holds its own ledgers");

        Path table = dir.resolve("一览表.pdf");
        assertEquals(0, township.run("ledger", "township-overview", "--year", "" + YEAR, "--out", table.toString()),
                township.err());
        String text = org.branchledger.testing.LedgerPdf.text(table);
        assertTrue(text.contains("各支部工作情况一览表") && text.contains("东风村党支部") && text.contains("镇机关党支部")
                && text.contains("合计"), text);
        assertTrue(text.contains("组织委员") && text.contains("党委(盖章)") && !text.contains("支部书记："),
                "the township signs its ledger, not a branch secretary: " + text);
        assertEquals(0, township.run("verify", table.toString()), township.out() + township.err());
        Path roster = dir.resolve("汇总表.pdf");
        assertEquals(0, township.run("ledger", "township-roster", "--year", "" + YEAR, "--out", roster.toString()),
                township.err());
        String names = org.branchledger.testing.LedgerPdf.text(roster);
        assertTrue(names.contains("合计 2 个支部 18 人"), names);
        assertTrue(names.contains("组织委员") && !names.contains("支部书记："), names);
        assertEquals(0, township.run("verify", roster.toString()), township.out() + township.err());
        Path sheet = dir.resolve("汇总表.xlsx");
        assertEquals(0, township.run("ledger", "township-roster", "--year", "" + YEAR, "--out", sheet.toString()));
        Path check = dir.resolve("check");
        CliRun reader = new CliRun(check);
        assertEquals(0, reader.run("import-roster", sheet.toString(), "--dry-run", "--branch", "试读"), reader.err());
        assertTrue(reader.lastLine().startsWith("imported=18 "), reader.out());
    }
}
