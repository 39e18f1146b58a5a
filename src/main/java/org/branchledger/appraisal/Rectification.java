package org.branchledger.appraisal;

import java.time.LocalDate;

/** 整改事项: opened when a member's satisfaction is too low, closed later with a date and note (挂号销号). */
public record Rectification(Long id, long roundId, long memberId, LocalDate openedOn, String issue,
                            LocalDate closedOn, String closeNote) {

    public boolean open() {
        return closedOn == null;
    }
}
