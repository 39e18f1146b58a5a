package org.branchledger.core.audit;

import java.time.LocalDateTime;

/** One row of the audit trail. {@code before} / {@code after} are flat JSON, null for insert / delete. */
public record AuditEntry(long id, LocalDateTime at, String table, String rowKey, String action, String before,
                         String after) {
}
