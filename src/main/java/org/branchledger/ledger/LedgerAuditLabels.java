package org.branchledger.ledger;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (打印记录) and their columns, in words a secretary reads. */
public final class LedgerAuditLabels {
    private LedgerAuditLabels() {
    }

    public static void register(ChangeDescriber changes) {
        changes.register("print_log", "打印记录", "kind", Map.of("code", "校验码", "kind", "台账"));
    }
}
