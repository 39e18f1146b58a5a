package org.branchledger.pledge;

import java.time.LocalDate;

/** 活动记实: a member's dated part in an activity: what, the contribution, the effect. */
public record ActivityRecord(Long id, long branchId, long memberId, LocalDate doneOn, String activity,
                             String contribution, String effect) {
}
