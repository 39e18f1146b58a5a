package org.branchledger.appraisal;

import java.util.Objects;

/**
 * One member's record in a round: 个人自评, 测评票, 群众评议, 五带头考核, and the committee's 评定等次 with
 * its 理由 (required when it differs from the suggestion).
 */
public record AppraisalEntry(Long id, long roundId, long memberId, String selfAssessment,
                             AppraisalRule.Tally votes, AppraisalRule.Mass mass, String fiveLead,
                             AppraisalGrade finalGrade, String reason) {

    public static AppraisalEntry empty(long roundId, long memberId) {
        return new AppraisalEntry(null, roundId, memberId, null, AppraisalRule.Tally.NONE, AppraisalRule.Mass.NONE,
                null, null, null);
    }

    /** The same tallies, grade and reason, as an import compares them (text fields left aside). */
    public boolean sameTallies(AppraisalEntry o) {
        return votes.equals(o.votes) && mass.equals(o.mass) && finalGrade == o.finalGrade
                && Objects.equals(reason, o.reason);
    }

    public AppraisalEntry withTallies(AppraisalRule.Tally v, AppraisalRule.Mass m, AppraisalGrade grade, String why) {
        return new AppraisalEntry(id, roundId, memberId, selfAssessment, v, m, fiveLead, grade, why);
    }
}
