package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * Every member's centralised tenths, as the hours add them up session by session, equal the sum over the
 * year's attendance worked out here from the sessions and attendance the service lists; sessions of the years
 * before and after do not count, and neither do 请假 and 缺席.
 */
@OnBothEngines
class CentralisedHoursTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void theSumOfEachCreditedSessionsHoursOverTheYear() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.demo().create("测试村党支部（示范）", 30, 23, YEAR).branch();
            List<Member> roster = app.roster().members(branch.id());
            for (LocalDate outside : List.of(LocalDate.of(YEAR - 1, 12, 31), LocalDate.of(YEAR + 1, 1, 1))) {
                app.study().addSession(new StudySession(null, branch.id(), outside, SessionKind.values()[0],
                        "年外的学习 " + outside, 30, null, null), roster.stream().map(m -> new Attendance(null, 0,
                        m.id(), AttendanceStatus.PRESENT, null, null)).toList());
            }

            Map<Long, Integer> tenthsOfSession = app.study().sessions(branch.id(), YEAR).stream()
                    .collect(Collectors.toMap(StudySession::id, StudySession::hoursTenths));
            assertEquals(23, tenthsOfSession.size(), "an odd number of sessions: the two halves differ");
            Map<Long, Integer> expected = new HashMap<>();
            for (Attendance a : app.study().attendance(branch.id(), YEAR)) {
                if (a.status().credited()) {
                    expected.merge(a.memberId(), tenthsOfSession.get(a.sessionId()), Integer::sum);
                }
            }
            assertTrue(app.study().attendance(branch.id(), YEAR).stream().anyMatch(a -> !a.status().credited()),
                    "the demo has 请假 and 缺席 too");

            List<MemberHours> hours = app.study().hours(branch.id(), YEAR, false);
            assertTrue(hours.size() >= 25, "the current members: " + hours.size());
            for (MemberHours h : hours) {
                assertEquals(expected.getOrDefault(h.member().id(), 0), h.standing().centralised(),
                        h.member().name());
            }
        }
    }
}
