package org.branchledger.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.home.DashboardService;

/** {@code bench hours}: hours of N members × M sessions, and the dashboard of the same branch. */
final class HoursBench {
    private HoursBench() {
    }

    static void run(int members, int sessions, java.util.Optional<String> database, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-hours");
        int year = Year.now(App.clock()).getValue();
        try (App app = BenchData.open(work, database, out)) {
            long start = System.nanoTime();
            Branch branch = app.demo().create("基准测试村党支部", members, 0, year).branch();
            BenchFixtureRepository fixtures = new BenchFixtureRepository();
            org.branchledger.AppInternals.database(app).transaction(tx -> {
                fixtures.sessionsWithFullAttendance(tx, branch.id(), year, sessions);
                return null;
            });
            for (long sessionId : fixtures.sessionIds(org.branchledger.AppInternals.database(app).dsl(), branch.id())) {
                org.branchledger.AppInternals.database(app).transaction(tx -> {
                    fixtures.fullAttendance(tx, branch.id(), sessionId);
                    return null;
                });
            }
            long attendance = app.study().attendance(branch.id(), year).size();
            out.printf("fixture: %d members, %d sessions, %d attendance rows in %.1f s%n", members, sessions,
                    attendance, (System.nanoTime() - start) / 1e9);
            out.printf("hours for every member (the hours command): %s%n",
                    median(() -> app.study().hours(branch.id(), year, false)));
            out.printf("hours with required topics (screens, ledger): %s%n",
                    median(() -> app.study().hours(branch.id(), year)));
            DashboardService dashboard = new DashboardService(app.roster(), app.study(), app.pledges(), app.todayClock());
            out.printf("dashboard data: %s%n", median(() -> dashboard.load(branch.id(), year)));
        }
    }

    private static String median(Runnable work) {
        work.run(); // warm-up
        double[] s = new double[5];
        for (int i = 0; i < s.length; i++) {
            long t = System.nanoTime();
            work.run();
            s[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(s);
        return String.format("median %.0f ms of 5 (min %.0f, max %.0f)", s[2], s[0], s[4]);
    }
}
