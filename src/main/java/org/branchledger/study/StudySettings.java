package org.branchledger.study;

import java.util.List;

/**
 * A year's study rule: required hours R (tenths), the centralised share as a fraction, an optional higher
 * R for 支部委员 and 书记, and the required topics (四加一 by default).
 */
public record StudySettings(int requiredTenths, int centralisedNumerator, int centralisedDenominator,
                            Integer committeeRequiredTenths, List<String> topics) {

    public static final List<String> FOUR_PLUS_ONE = List.of("理想信念与党的宗旨", "党员先锋模范作用与党的执政能力建设",
            "求真务实与科学发展观和正确政绩观", "党的优良传统和作风");

    public static StudySettings defaults() {
        return new StudySettings(400, 2, 3, null, FOUR_PLUS_ONE);
    }

    /** The hours required of a member: the committee's own figure when set and they sit on it. */
    public int requiredFor(boolean committeeMember) {
        return committeeMember && committeeRequiredTenths != null ? committeeRequiredTenths : requiredTenths;
    }
}
