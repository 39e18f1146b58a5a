package org.branchledger.branch;

import java.time.format.DateTimeFormatter;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.jooq.DSLContext;

/**
 * 上报数据: a branch the township received from the branch's own package is kept exactly as it came and is
 * changed only by a newer package (editing happens at the branch). Every service's write path asks here first,
 * inside its transaction, so a screen, a command and an import are refused alike.
 */
public final class ReceivedData {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final BranchRepository BRANCHES = new BranchRepository();

    private ReceivedData() {
    }

    /**
     * @throws UserError (exit 2, nothing written) when the branch is received data
     */
    public static void refuseChanges(DSLContext tx, long branchId) {
        BRANCHES.received(tx, branchId).ifPresent(r -> {
            throw UserError.badInput(Messages.get("branch.error.received", r.getKey(), r.getValue().format(WHEN)));
        });
    }
}
