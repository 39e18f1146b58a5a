package org.branchledger.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.pledge.PledgeService;
import org.branchledger.roster.RosterCounts;
import org.branchledger.roster.RosterService;
import org.branchledger.study.MeetingCadence;
import org.branchledger.study.MemberHours;
import org.branchledger.study.StudyService;

/** Gathers the dashboard in one call, off the FX thread; the meeting gaps and 逾期 as of the app's clock. */
public final class DashboardService {
    private final RosterService roster;
    private final StudyService study;
    private final PledgeService pledges;
    private final Clock clock;

    public DashboardService(RosterService roster, StudyService study, PledgeService pledges, Clock clock) {
        this.clock = clock;
        this.roster = roster;
        this.study = study;
        this.pledges = pledges;
    }

    public Dashboard load(long branchId, int year) {
        RosterCounts counts = roster.counts(branchId);
        List<MemberHours> hours = study.hours(branchId, year);
        List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(study.sessions(branchId, year), year, LocalDate.now(clock));
        return new Dashboard(counts, study.settings(branchId, year), hours, gaps, pledges.flags(branchId));
    }
}
