package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.roster.Member;
import org.branchledger.testing.Engines.OnBothEngines;
import org.branchledger.testing.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 学习考勤 page's 应到 / 实到, counted by the database, are what the year's attendance rows give: every row
 * counts as expected, 出席 alone as present; sessions of other years and of other branches are not listed.
 */
@OnBothEngines
class SessionCountsTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void eachSessionsExpectedAndPresentAsTheRowsGiveThem() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.demo().create("测试村党支部（示范）", 30, 23, YEAR).branch();
            Branch other = app.demo().create("东风村党支部（示范）", 12, 5, YEAR).branch();
            List<Member> roster = app.roster().members(branch.id());
            StudySession outside = app.study().addSession(new StudySession(null, branch.id(), LocalDate.of(YEAR + 1, 1, 1),
                    SessionKind.values()[0], "年外的学习", 30, null, null), roster.stream().map(m -> new Attendance(null, 0,
                    m.id(), AttendanceStatus.PRESENT, null, null)).toList());

            Map<Long, SessionCount> expected = new HashMap<>();
            for (Attendance a : app.study().attendance(branch.id(), YEAR)) {
                SessionCount c = expected.getOrDefault(a.sessionId(), SessionCount.NONE);
                expected.put(a.sessionId(), new SessionCount(c.expected() + 1,
                        c.present() + (a.status() == AttendanceStatus.PRESENT ? 1 : 0)));
            }
            Map<Long, SessionCount> counted = app.study().counts(branch.id(), YEAR);
            assertEquals(expected, counted);
            assertEquals(23, counted.size());
            assertTrue(counted.values().stream().anyMatch(c -> c.present() < c.expected()),
                    "the demo has 请假, 缺席 and 送课上门 too");
            assertFalse(counted.containsKey(outside.id()), "a session of the next year");
            app.study().sessions(other.id(), YEAR).forEach(s -> assertFalse(counted.containsKey(s.id()), "another branch's"));
        }
    }
}
