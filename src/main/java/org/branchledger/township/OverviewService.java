package org.branchledger.township;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchService;
import org.branchledger.core.db.Database;

/** Gathers the overview of every branch the data holds, kept here or received. */
public final class OverviewService {
    private final Database db;
    private final BranchService branches;
    private final ReceivedBranchRepository received;
    private final BranchStandings standings;

    public OverviewService(Database db, BranchService branches, ReceivedBranchRepository received,
                           BranchStandings standings) {
        this.db = db;
        this.branches = branches;
        this.received = received;
        this.standings = standings;
    }

    /** The received branches, each with when the package it came from was made; branches kept here are not in it. */
    public Map<Long, LocalDateTime> reported() {
        return db.transaction(received::reportedAt);
    }

    /** The overview as of the program's today. */
    public Overview overview(int year) {
        return overview(year, standings.today());
    }

    /**
     * The overview as of {@code today} (meeting gaps, overdue pledges and waiting notes depend on the day). The
     * last one made is given again while no record has changed since (the audit trail's newest entry is the
     * same): 60 branches take 0.5–2 s to gather, and the window gathers them beside itself once it opens, so the
     * 全部支部 page then opens at once.
     */
    public Overview overview(int year, LocalDate today) {
        String mark = received.auditMark(db.dsl()); // a read: no write transaction, no waiting on one
        Kept kept = last;
        if (kept != null && kept.year() == year && kept.today().equals(today) && kept.mark().equals(mark)) {
            return kept.overview();
        }
        Map<Long, LocalDateTime> reported = db.transaction(received::reportedAt);
        List<BranchStanding> all = new ArrayList<>();
        for (Branch b : branches.all()) {
            all.add(standings.of(b, year, reported.get(b.id()), today));
        }
        Overview made = Overview.of(year, today, all);
        last = new Kept(year, today, mark, made);
        return made;
    }

    private record Kept(int year, LocalDate today, String mark, Overview overview) {
    }

    private volatile Kept last;
}
