package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * {@code ledger pledges-public} lists what is published now, for the 公示期 asked, and records it as the pledges'
 * 示诺: never a pledge published another time, never an unpublished one shown as published, never a 公示期 made up.
 */
@OnBothEngines
class PledgesNoticeTest {
    private static final int YEAR = 2026;

    @TempDir
    Path dir;
    Path data;
    CliRun cli;
    long earlier;
    long waiting;
    long noDeadline;
    long later;

    @BeforeEach
    void pledges() throws Exception {
        data = dir.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "6", "--sessions", "0", "--year", "2025");
        try (App app = TestApps.open(data)) {
            Branch branch = app.branches().all().get(0);
            Member a = app.roster().members(branch.id()).stream().filter(Member::current).findFirst().orElseThrow();
            PledgeService s = app.pledges();
            Pledge p = s.save(Pledge.draft(branch.id(), null, PledgeCategory.RESULTS, null, "硬化村内道路 1.2 公里",
                    null, "陆书记", LocalDate.of(YEAR, 10, 31), LocalDate.of(YEAR, 2, 1)));
            earlier = s.publish(p.id(), LocalDate.of(YEAR, 2, 12)).id();
            waiting = s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.SERVE, "关爱帮扶岗", "冬季走访 5 户困难群众",
                    null, null, LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 11, 20))).id();
            noDeadline = s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.STUDY, null, "没有时限的承诺草稿",
                    null, null, null, LocalDate.of(YEAR, 11, 20))).id();
            later = s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.DISCIPLINE, null, "十二月中旬才作出的承诺",
                    null, null, LocalDate.of(YEAR, 12, 30), LocalDate.of(YEAR, 12, 15))).id();
        }
    }

    private Pledge stored(long id) throws Exception {
        try (App app = TestApps.open(data)) {
            return app.pledges().pledge(id);
        }
    }

    @Test
    void theNoticeListsWhatItPublishesAndRecordsThat示诺() throws Exception {
        Path pdf = dir.resolve("公示.pdf");
        assertEquals(0, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "2026-12-07", "--out",
                pdf.toString()), cli.err());
        String text = LedgerPdf.text(pdf);
        String flat = text.replaceAll("\\s+", "");
        assertTrue(flat.contains("冬季走访5户困难群众"), text);
        assertTrue(flat.contains("公示期:2026年12月7日至2026年12月11日"), "from the day asked, for the usual 5 days: " + text);
        assertFalse(flat.contains("2026年2月12日"), "no February 公示期 in December: " + text);
        assertFalse(flat.contains("硬化村内道路"), "published in February, not now: " + text);
        assertFalse(flat.contains("没有时限的承诺草稿"), "cannot be published without a deadline");
        assertFalse(flat.contains("十二月中旬才作出的承诺"), "not yet made on the first day of the notice");
        assertTrue(flat.contains("2026年12月31日"), "the deadline in the notices' date style: " + text);

        assertEquals(LocalDate.of(YEAR, 12, 7), stored(waiting).publishedOn(), "示诺 on the first day of the notice");
        assertEquals(LocalDate.of(YEAR, 2, 12), stored(earlier).publishedOn());
        assertNull(stored(noDeadline).publishedOn());
        assertNull(stored(later).publishedOn());

        assertEquals(0, cli.run("verify", pdf.toString()), cli.out() + cli.err());
        assertTrue(cli.out().contains("一致"), cli.out());
        assertEquals(0, cli.run("pledges", "--year", "2026"), cli.err());
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("冬季走访") && l.endsWith("进行中")), cli.out());

        Path again = dir.resolve("再印.pdf");
        assertEquals(0, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "2026-12-07", "--to",
                "2026-12-13", "--out", again.toString()), cli.err());
        String second = LedgerPdf.text(again).replaceAll("\\s+", "");
        assertTrue(second.contains("冬季走访5户困难群众") && second.contains("公示期:2026年12月7日至2026年12月13日"), second);
    }

    @Test
    void nothingToPublishPrintsNothingAndChangesNothing() throws Exception {
        assertEquals(0, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "2026-12-07", "--out",
                dir.resolve("一.pdf").toString()), cli.err());
        Path pdf = dir.resolve("空.pdf");
        assertEquals(2, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "2026-12-10", "--to",
                "2026-12-14", "--out", pdf.toString()));
        assertTrue(cli.err().contains("没有可以在 2026年12月10日 公示的承诺"), cli.err());
        assertFalse(Files.exists(pdf));
        assertNull(stored(later).publishedOn(), "the December pledge is not published by a refused notice");
    }

    @Test
    void aBadPeriodIsRefusedBeforeAnythingIsPublished() throws Exception {
        Path pdf = dir.resolve("错.pdf");
        assertEquals(2, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "2026-12-07", "--to",
                "2026-12-01", "--out", pdf.toString()));
        assertTrue(cli.err().contains("公示期的结束日期 2026年12月1日 早于开始日期 2026年12月7日"), cli.err());
        assertEquals(2, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "2027-01-04", "--out",
                pdf.toString()));
        assertTrue(cli.err().contains("不在 2026 年度"), cli.err());
        assertEquals(2, cli.run("ledger", "pledges-public", "--year", "2026", "--from", "12月7日", "--out",
                pdf.toString()));
        assertTrue(cli.err().contains("--from 的日期 12月7日 无法识别"), cli.err());
        assertEquals(2, cli.run("ledger", "roster", "--from", "2026-12-07", "--out", pdf.toString()));
        assertFalse(Files.exists(pdf));
        assertNull(stored(waiting).publishedOn(), "nothing published by refused notices");
    }

    @Test
    void theDefaultPeriodStartsTodayForTheUsualLength() throws Exception {
        LocalDate today = LocalDate.now();
        try (App app = TestApps.open(data)) {
            Branch branch = app.branches().all().get(0);
            app.pledges().save(Pledge.draft(branch.id(), null, PledgeCategory.RESULTS, null, "今天公示的承诺", null,
                    "陆书记", today, today));
        }
        Path pdf = dir.resolve("今天.pdf");
        assertEquals(0, cli.run("ledger", "pledges-public", "--year", String.valueOf(today.getYear()), "--out",
                pdf.toString()), cli.err());
        LocalDate last = today.plusDays(4);
        String expected = "公示期:" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                + "日至" + last.getYear() + "年" + last.getMonthValue() + "月" + last.getDayOfMonth() + "日";
        String text = LedgerPdf.text(pdf);
        assertTrue(text.replaceAll("\\s+", "").contains(expected), expected + " in " + text);
        assertTrue(text.contains("今天公示的承诺"), text);
    }
}
