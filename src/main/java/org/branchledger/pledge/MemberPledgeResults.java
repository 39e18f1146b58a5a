package org.branchledger.pledge;

/**
 * A member's pledges of a year by status, for the appraisal's evidence: total = kept + partlyKept + notKept
 * + inProgress + overdue + unpublished.
 */
public record MemberPledgeResults(int total, int kept, int partlyKept, int notKept, int inProgress, int overdue,
                                  int unpublished) {
}
