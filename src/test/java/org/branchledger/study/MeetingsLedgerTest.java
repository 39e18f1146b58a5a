package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 三会一课记录 of a finished demo year: the dates held, and the month without 支委会 in 缺项. */
@OnBothEngines
class MeetingsLedgerTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    private static String print(App app, Branch branch, Path pdf) throws Exception {
        return LedgerPdf.print(app, "meetings", new LedgerRequest(branch, YEAR, false, null), pdf);
    }

    @Test
    void aMonthWithoutItsCommitteeMeetingShowsInTheGaps() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 20, 60, YEAR);
            List<StudySession> sessions = app.study().sessions(branch.id(), YEAR);
            List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(sessions, YEAR, LocalDate.now());
            assertEquals(List.of(new MeetingCadence.Gap(YEAR + "年7月", SessionKind.COMMITTEE_MEETING)), gaps,
                    "60 sessions hold every meeting but July's 支委会");

            String text = print(app, branch, dir.resolve("三会一课.pdf"));
            assertTrue(text.contains("三会一课记录"));
            for (String column : List.of("月份", "支部党员大会", "支委会", "党小组会", "党课", "主题党日", "缺项")) {
                assertTrue(text.contains(column), column);
            }
            String compact = text.replaceAll("\\s+", "");
            // The July row: month, the dates held that month, then what is missing.
            assertTrue(Pattern.compile("7月(\\d+月\\d+日、?)*缺支委会").matcher(compact).find(), text);
            assertTrue(text.contains("缺项合计 1 处：" + YEAR + "年7月 缺支委会"), text);
            for (StudySession s : sessions) {
                if (List.of(SessionKind.GENERAL_MEETING, SessionKind.COMMITTEE_MEETING, SessionKind.GROUP_MEETING,
                        SessionKind.PARTY_LECTURE, SessionKind.THEME_DAY).contains(s.kind())) {
                    String date = s.heldOn().getMonthValue() + "月" + s.heldOn().getDayOfMonth() + "日";
                    assertTrue(compact.contains(date), s.kind() + " " + date);
                }
            }
        }
    }

    @Test
    void aQuartersGapShowsInItsLastMonth() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            // 20 sessions cannot hold every meeting: the 缺项 of the months and quarters come out of the cadence.
            Branch branch = LedgerPdf.demo(app, 10, 20, YEAR);
            List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(app.study().sessions(branch.id(), YEAR), YEAR,
                    LocalDate.now());
            String compact = print(app, branch, dir.resolve("m.pdf")).replaceAll("\\s+", "");
            assertTrue(gaps.size() > 5, gaps.toString());
            for (MeetingCadence.Gap g : gaps) {
                if (g.period().contains("季度")) {
                    String quarter = g.period().substring(g.period().indexOf('第'));
                    assertTrue(compact.contains(quarter + "缺"), g.toString());
                }
                assertTrue(compact.contains(g.toString().replaceAll("\\s+", "")), g.toString());
            }
        }
    }
}
