package org.branchledger.roster;

import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (党员) and their columns, in words a secretary reads. */
public final class RosterAuditLabels {
    private RosterAuditLabels() {
    }

    public static void register(ChangeDescriber changes) {
        changes.register("member", "党员", "name", MemberColumns.LABELS);
    }
}
