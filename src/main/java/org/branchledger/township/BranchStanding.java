package org.branchledger.township;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.branchledger.core.branch.Branch;
import org.branchledger.roster.RosterCounts;
import org.branchledger.study.MeetingCadence;

/**
 * Where one branch stands in a year, as the township looks at it: the same figures the branch's 首页 shows.
 *
 * @param members      current members, 公民身份号码 → 姓名
 * @param compliant    current members who meet the year's hours rule, of {@code counted}
 * @param gaps         required meetings missing in the year's finished months and quarters (三会一课)
 * @param overdue      the year's published pledges with no verdict whose deadline has passed (逾期)
 * @param pledges      the year's pledges: who and what (the key), and how it reads
 * @param notesWaiting notes and essays not yet reviewed (待批改); {@code notesOverdue} of them waiting over 7 days
 * @param appraisalDone the year's 民主评议 has a committee grade for every 正式党员
 * @param reportedAt   for received data, when its package was made; null for a branch kept here
 */
public record BranchStanding(Branch branch, int year, RosterCounts counts, Map<String, String> members, int compliant,
                             int counted, List<MeetingCadence.Gap> gaps, int overdue, Map<String, String> pledges,
                             int notesWaiting, int notesOverdue, boolean appraisalDone, LocalDateTime reportedAt) {
    public BranchStanding {
        members = Map.copyOf(members);
        gaps = List.copyOf(gaps);
        pledges = Map.copyOf(pledges);
    }
}
