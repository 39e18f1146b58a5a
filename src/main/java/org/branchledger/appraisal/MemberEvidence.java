package org.branchledger.appraisal;

import org.branchledger.notes.EssayRule;
import org.branchledger.study.Hours;
import org.branchledger.study.HoursRule;

/**
 * The evidence beside a member's votes: study-hour compliance, essays and pledge results of the year. Any
 * part may be null (a member no longer on the roster has no hours; no pledge data).
 */
public record MemberEvidence(HoursRule.Standing hours, EssayRule.Standing essays, PledgeSummary pledges) {
    public static final MemberEvidence NONE = new MemberEvidence(null, null, null);

    /** e.g. {@code 42.0/40.0 达标} or {@code 31.5/40.0 未达标}; {@code —} when unknown. */
    public String hoursText() {
        if (hours == null) {
            return "—";
        }
        return Hours.format(hours.total()) + "/" + Hours.format(hours.required()) + " "
                + (hours.compliant() ? "达标" : "未达标");
    }

    /** e.g. {@code 1/1 达标}, {@code 0/2 未达标}, {@code 免写}; {@code —} when unknown. */
    public String essaysText() {
        if (essays == null) {
            return "—";
        }
        return switch (essays.compliance()) {
            case EXEMPT -> "免写";
            case YES -> essays.counted() + "/" + essays.required() + " 达标";
            case NO -> essays.counted() + "/" + essays.required() + " 未达标";
        };
    }

    /** The pledge results, {@code 无承诺} when there are none. */
    public String pledgesText() {
        return pledges == null ? "无承诺" : pledges.text();
    }
}
