package org.branchledger.appraisal;

import java.time.LocalDate;

/** The follow-up of a member graded 不合格: what was decided, when, and for 限期改正 by when. */
public record FollowUp(Long id, long roundId, long memberId, FollowUpKind kind, LocalDate decidedOn,
                       LocalDate deadline, String note) {

    /** e.g. 限期改正(至 2027-06-30). */
    public String text() {
        return kind == FollowUpKind.CORRECT && deadline != null ? kind.label() + "(至 " + deadline + ")" : kind.label();
    }
}
