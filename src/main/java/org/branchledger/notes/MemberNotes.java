package org.branchledger.notes;

import org.branchledger.roster.Member;

/** One current member's notes and essays for a year, judged by {@link EssayRule}. */
public record MemberNotes(Member member, int notes, int essays, int awaitingReview, EssayRule.Standing standing) {
}
