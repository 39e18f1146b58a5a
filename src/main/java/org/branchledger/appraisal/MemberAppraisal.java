package org.branchledger.appraisal;

import org.branchledger.roster.Member;

/**
 * One participant of a round as the screen, the command and the ledgers show them: the record (empty when
 * nothing was entered yet), what the rule says, and the evidence.
 *
 * @param probationary 预备党员 on the round's day: votes, gets no grade
 */
public record MemberAppraisal(Member member, boolean probationary, AppraisalEntry entry,
                              AppraisalRule.Judgement judgement, MemberEvidence evidence) {

    /** The committee's grade, or null. */
    public AppraisalGrade finalGrade() {
        return entry.finalGrade();
    }

    /** Whether the final grade differs from the suggestion without a reason (an import rejects this). */
    public boolean reasonMissing() {
        return AppraisalRule.needsReason(judgement, entry.finalGrade())
                && (entry.reason() == null || entry.reason().isBlank());
    }

    /** The grade that counts toward the 优秀 cap: the final one, else the suggested one. */
    public AppraisalGrade effectiveGrade() {
        return entry.finalGrade() != null ? entry.finalGrade() : judgement.grade();
    }
}
