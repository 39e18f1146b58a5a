package org.branchledger.roster;

import java.util.List;

/**
 * Counts of the current members (those who left are history, not counted). 流动党员 and 失联党员 are
 * current members and counted everywhere; they are also shown on their own.
 */
public record RosterCounts(int current, int full, int probationary, int floating, int lostContact, int left) {

    public static RosterCounts of(List<Member> members) {
        int current = 0;
        int full = 0;
        int probationary = 0;
        int floating = 0;
        int lost = 0;
        int left = 0;
        for (Member m : members) {
            if (!m.current()) {
                left++;
                continue;
            }
            current++;
            if (m.type() == MemberType.FULL) {
                full++;
            } else {
                probationary++;
            }
            floating += m.floating() ? 1 : 0;
            lost += m.lostContact() ? 1 : 0;
        }
        return new RosterCounts(current, full, probationary, floating, lost, left);
    }
}
