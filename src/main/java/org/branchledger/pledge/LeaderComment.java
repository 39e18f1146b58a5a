package org.branchledger.pledge;

import java.time.LocalDate;

/** 领导点评: a leader's comment on the branch's pledges: who, when, what. */
public record LeaderComment(Long id, long branchId, LocalDate commentedOn, String commenter, String comment) {
}
