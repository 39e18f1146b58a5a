package org.branchledger.home;

import java.util.List;
import org.branchledger.pledge.PledgeService;
import org.branchledger.roster.RosterCounts;
import org.branchledger.study.MeetingCadence;
import org.branchledger.study.MemberHours;
import org.branchledger.study.StudySettings;

/**
 * What 首页 shows for a branch and year: members, hours against the rule, meeting gaps, and the pledges'
 * flags (no leader's comment in six months, overdue open pledges).
 */
public record Dashboard(RosterCounts counts, StudySettings rule, List<MemberHours> hours,
                       List<MeetingCadence.Gap> gaps, PledgeService.Flags pledges) {

    /** Members not yet compliant, furthest behind first. */
    public List<MemberHours> notCompliant() {
        return hours.stream().filter(h -> !h.standing().compliant())
                .sorted((a, b) -> Integer.compare(a.standing().total(), b.standing().total())).toList();
    }
}
