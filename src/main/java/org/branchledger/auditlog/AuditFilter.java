package org.branchledger.auditlog;

import java.time.LocalDate;

/**
 * What the 操作记录 screen shows: a date range (either end may be open), one table (null: all), and text
 * found in the changed values or the actor's name (blank: any).
 */
public record AuditFilter(LocalDate from, LocalDate to, String table, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
