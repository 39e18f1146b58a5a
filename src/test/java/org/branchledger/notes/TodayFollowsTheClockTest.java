package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.App;
import org.branchledger.auditlog.AuditFilter;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.home.Dashboard;
import org.branchledger.home.DashboardService;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeCategory;
import org.branchledger.pledge.PledgeStatus;
import org.branchledger.roster.Member;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * {@code -Dbranchledger.today} moves "today" for the whole program, not for pledges alone: the same data opened
 * on two days gives the pledge's 逾期, the notes review queue's overdue entries, the home page's figures (meeting
 * gaps, overdue pledges) and the audit trail's stamps of that day.
 */
@OnBothEngines
class TodayFollowsTheClockTest {
    private static final int YEAR = 2030; // the demo's members are of 2029; this year has only what is added here
    private static final LocalDate SPRING = LocalDate.of(YEAR, 3, 5);
    private static final LocalDate SUMMER = LocalDate.of(YEAR, 7, 2);
    private static final String PLEDGE = "每月走访困难群众 3 户（时钟测试）";

    @TempDir
    Path dir;

    /** What the pages show on the day the app was opened on. */
    private record Seen(LocalDate today, PledgeStatus pledge, List<ReviewQueueEntry> queue, Dashboard home,
                        LocalDate lastStamp) {
        /** Whether 首页 flags the pledge added here as overdue (the demo's own year has its flags too). */
        boolean homeFlagsThePledge() {
            return home.pledges().overdue().stream().anyMatch(v -> v.pledge().content().equals(PLEDGE));
        }
    }

    private Seen openOn(LocalDate day) throws Exception {
        String before = System.getProperty("branchledger.today");
        System.setProperty("branchledger.today", day.toString());
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.branches().all().stream().filter(b -> b.name().equals(LedgerPdf.DEMO_BRANCH))
                    .findFirst().orElseGet(() -> LedgerPdf.demo(app, 6, 0, YEAR - 1));
            if (app.pledges().views(branch.id(), YEAR).isEmpty()) {
                Member m = app.roster().members(branch.id()).stream().filter(Member::current).findFirst()
                        .orElseThrow();
                Pledge p = app.pledges().save(Pledge.draft(branch.id(), m.id(), PledgeCategory.SERVE, null,
                        PLEDGE, null, m.name(), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 2, 1)));
                app.pledges().publish(p.id(), LocalDate.of(YEAR, 2, 15));
                app.notes().save(new ReadingNote(null, branch.id(), m.id(), LocalDate.of(YEAR, 3, 1), NoteKind.NOTE,
                        "党章学习笔记（时钟测试）", 800, null, null, null, null, null));
            }
            NotesPageModel notesPage = new NotesPageModel(app.todayClock());
            List<ReviewQueueEntry> queue = notesPage.load(app.notes(), branch.id(), YEAR).queue().stream()
                    .filter(e -> e.note().writtenOn().getYear() == YEAR).toList();
            Dashboard home = new DashboardService(app.roster(), app.study(), app.pledges(), app.todayClock())
                    .load(branch.id(), YEAR);
            PledgeStatus pledge = app.pledges().views(branch.id(), YEAR).get(0).status();
            LocalDate stamp = app.auditLog().page(AuditFilter.ALL, 0, 1).rows().get(0).at().toLocalDate();
            return new Seen(app.pledges().today(), pledge, queue, home, stamp);
        } finally {
            if (before == null) {
                System.clearProperty("branchledger.today");
            } else {
                System.setProperty("branchledger.today", before);
            }
            // the trail's clock is the process's (H2 builds the trigger): back to the calendar for the next test
            org.branchledger.core.audit.AuditTrigger.stampWith(App.clock());
        }
    }

    @Test
    void pledgesTheReviewQueueAndTheHomePageAllTakeTheDayGiven() throws Exception {
        Seen spring = openOn(SPRING);
        assertEquals(SPRING, spring.today());
        assertEquals(PledgeStatus.IN_PROGRESS, spring.pledge(), "the deadline is still ahead");
        assertEquals(1, spring.queue().size());
        assertEquals(4, spring.queue().get(0).daysWaiting());
        assertFalse(spring.queue().get(0).overdue(), "four days: not yet overdue");
        assertFalse(spring.homeFlagsThePledge());
        assertTrue(spring.home().gaps().stream().allMatch(g -> g.period().startsWith(YEAR + "年1月")
                || g.period().startsWith(YEAR + "年2月")), "only January and February are over: " + spring.home().gaps());
        assertFalse(spring.home().gaps().isEmpty());
        assertEquals(SPRING, spring.lastStamp(), "the audit trail stamps entries on the same day");

        Seen summer = openOn(SUMMER);
        assertEquals(SUMMER, summer.today());
        assertEquals(PledgeStatus.OVERDUE, summer.pledge(), "30 June has passed without 评诺");
        assertEquals(123, summer.queue().get(0).daysWaiting());
        assertTrue(summer.queue().get(0).overdue());
        assertTrue(summer.homeFlagsThePledge(), "首页 flags it");
        assertTrue(summer.home().gaps().size() > spring.home().gaps().size(), "four more months are over");
        assertTrue(summer.home().gaps().stream().anyMatch(g -> g.period().startsWith(YEAR + "年6月")),
                summer.home().gaps().toString());
    }
}
