package org.branchledger.pledge;

import java.time.LocalDate;

/**
 * A pledge's status, derived from its steps, never typed (CLI.md): the verdict once evaluated; before
 * that 未公示 until published, then 逾期 when the deadline has passed, else 进行中.
 */
public enum PledgeStatus {
    UNPUBLISHED("未公示"), IN_PROGRESS("进行中"), OVERDUE("逾期"), KEPT("已兑现"), PARTLY_KEPT("部分兑现"),
    NOT_KEPT("未兑现");

    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet evaluated. */
    public boolean open() {
        return this == UNPUBLISHED || this == IN_PROGRESS || this == OVERDUE;
    }

    /** @param today the day the status is judged on (逾期: published, no verdict, deadline before today) */
    public static PledgeStatus of(Pledge p, LocalDate today) {
        if (p.verdict() != null) {
            return switch (p.verdict()) {
                case KEPT -> KEPT;
                case PARTLY_KEPT -> PARTLY_KEPT;
                case NOT_KEPT -> NOT_KEPT;
            };
        }
        if (p.publishedOn() == null) {
            return UNPUBLISHED;
        }
        return p.deadline() != null && p.deadline().isBefore(today) ? OVERDUE : IN_PROGRESS;
    }

    @Override
    public String toString() {
        return label;
    }
}
