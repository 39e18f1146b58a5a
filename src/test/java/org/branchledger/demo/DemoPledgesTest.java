package org.branchledger.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeStatus;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** The demo's pledges: ten of the branch's, two to five for a sample of members, every state, comments and records. */
@OnBothEngines
class DemoPledgesTest {
    @TempDir
    Path dir;

    @Test
    void theDemoYearHasPledgesInEveryStateWithTheirSteps() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            long branchId = app.demo().create("红旗村党支部（示范）", 36, 0, 2026).branch().id();
            List<Member> roster = app.roster().members(branchId);
            LocalDate lastDay = LocalDate.of(2026, 11, 21);
            for (LocalDate day : List.of(lastDay, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31))) {
                DemoPledges demo = new DemoPledges(7, 2026, day);
                List<DemoPledges.Made> made = demo.pledges(branchId, roster, DemoStudy.Leaders.of(roster));
                List<Pledge> pledges = made.stream().map(DemoPledges.Made::pledge).toList();
                assertEquals(10, pledges.stream().filter(Pledge::ofBranch).count(), "ten of the branch's");
                Map<Long, Long> perMember = pledges.stream().filter(p -> !p.ofBranch())
                        .collect(Collectors.groupingBy(Pledge::memberId, Collectors.counting()));
                assertEquals(Math.min(12, 35 / 3), perMember.size(), "a sample of members");
                perMember.values().forEach(n -> assertTrue(n >= 2 && n <= 5, "2–5 each: " + n));
                Set<PledgeStatus> seen = EnumSet.noneOf(PledgeStatus.class);
                for (Pledge p : pledges) {
                    seen.add(p.status(day.plusDays(1)));
                    assertEquals(2026, p.year(), "in the demo year");
                    assertTrue(p.publishedOn() == null || !p.publishedOn().isAfter(day), "nothing after the last day");
                    assertTrue(p.evaluatedOn() == null || !p.evaluatedOn().isAfter(day));
                    assertTrue(p.publishedOn() == null || p.deadline() != null);
                    assertTrue(p.approvedOn() == null || p.publishedOn() == null || !p.publishedOn().isBefore(p.approvedOn()));
                }
                if (!day.equals(LocalDate.of(2026, 12, 31))) { // on New Year's Eve nothing is still under way
                    assertEquals(EnumSet.allOf(PledgeStatus.class), seen, "every state on " + day);
                }
                assertTrue(made.stream().allMatch(m -> m.progress().stream()
                        .allMatch(e -> !e.notedOn().isAfter(day) && !e.notedOn().isBefore(m.pledge().publishedOn()))));
            }
            assertEquals(10, app.pledges().views(branchId, 2026).stream().filter(v -> v.pledge().ofBranch()).count());
            assertEquals(2, app.pledges().comments(branchId).size());
            assertTrue(app.pledges().activities(branchId, 2026).size() >= 10);
        }
    }
}
