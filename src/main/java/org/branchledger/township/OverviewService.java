package org.branchledger.township;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchledger.branch.Branch;
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

    public Overview overview(int year) {
        Map<Long, LocalDateTime> reported = db.transaction(received::reportedAt);
        List<BranchStanding> all = new ArrayList<>();
        for (Branch b : branches.all()) {
            all.add(standings.of(b, year, reported.get(b.id())));
        }
        return Overview.of(year, standings.today(), all);
    }
}
