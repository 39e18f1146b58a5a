package org.branchledger.pledge;

import java.util.List;

/**
 * A pledge as shown and printed: who pledges, its status as of a day, its progress.
 *
 * @param memberName the member's name; for the branch's own pledge, the responsible person (may be empty)
 */
public record PledgeView(Pledge pledge, String memberName, PledgeStatus status, List<PledgeProgress> progress) {
    public static final String BRANCH = "支部";
    public static final String MEMBER = "党员";

    /** 承诺主体: 支部 or 党员. */
    public String subject() {
        return pledge.ofBranch() ? BRANCH : MEMBER;
    }

    /** 承诺人: the member's name, or 支部 for the branch's own pledge. */
    public String who() {
        return pledge.ofBranch() ? BRANCH : memberName;
    }

    /** The name column of {@code pledges}: the member, or the branch pledge's responsible person. */
    public String name() {
        return pledge.ofBranch() ? (pledge.responsible() == null ? "" : pledge.responsible()) : memberName;
    }
}
