package org.branchledger.township;

import java.time.LocalDateTime;

/**
 * A branch this database holds, as receiving a package sees it.
 *
 * @param reportedAt when the package it was received from was made; null for a branch kept here
 */
public record HeldBranch(long id, String name, String uuid, LocalDateTime reportedAt) {
    /** 上报数据: received from a branch's package, read-only here. */
    public boolean received() {
        return reportedAt != null;
    }
}
