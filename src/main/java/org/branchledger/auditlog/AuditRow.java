package org.branchledger.auditlog;

import java.time.LocalDateTime;

/** One line of the 操作记录 screen: entry number, when, who, what kind of thing, and the change in words. */
public record AuditRow(long id, LocalDateTime at, String actor, String thing, String action, String what) {
}
