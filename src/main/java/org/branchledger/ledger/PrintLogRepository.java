package org.branchledger.ledger;

import static org.branchledger.jooq.Tables.AUDIT_LOG;
import static org.branchledger.jooq.Tables.PRINT_LOG;

import java.util.List;
import java.util.Optional;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.core.audit.AuditEntry;
import org.branchledger.jooq.tables.records.PrintLogRecord;
import org.jooq.DSLContext;

/** The print log and the audit entries a verification reads. */
public final class PrintLogRepository {

    public void insert(DSLContext db, PrintRecord p) {
        PrintLogRecord r = db.newRecord(PRINT_LOG);
        r.setCode(p.code());
        r.setPrintedAt(p.printedAt());
        r.setKind(p.kind());
        r.setBranchId(p.branchId());
        r.setPeriodYear(p.year());
        r.setOptions(p.options());
        r.setContentHash(p.contentHash());
        r.setAuditMark(p.auditMark());
        r.setAuditHash(p.auditHash());
        r.setLayoutVersion(p.layoutVersion());
        r.store();
    }

    /** The latest print with this code. */
    public Optional<PrintRecord> byCode(DSLContext db, String code) {
        return db.selectFrom(PRINT_LOG).where(PRINT_LOG.CODE.eq(code)).orderBy(PRINT_LOG.ID.desc()).limit(1)
                .fetchOptional(PrintLogRepository::record);
    }

    private static PrintRecord record(PrintLogRecord r) {
        return new PrintRecord(r.getId(), r.getCode(), r.getPrintedAt(), r.getKind(), r.getBranchId(),
                r.getPeriodYear(), r.getOptions(), r.getContentHash(), r.getAuditMark(), r.getAuditHash(),
                r.getLayoutVersion());
    }

    /** The newest audit entry (number and hash): everything after it happened after the print. */
    public AuditAnchor auditHead(DSLContext db) {
        return db.connectionResult(AuditAnchor::latest);
    }

    /** Every print that recorded the trail's head, as anchors for {@code verify}, oldest first. */
    public List<PrintRecord> anchoredPrints(DSLContext db) {
        return db.selectFrom(PRINT_LOG).where(PRINT_LOG.AUDIT_HASH.isNotNull()).orderBy(PRINT_LOG.ID)
                .fetch(PrintLogRepository::record);
    }

    /** Data changes after the mark (the print log's own entries are not changes to the data). */
    public List<AuditEntry> changesSince(DSLContext db, long mark) {
        return db.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(mark))
                .and(AUDIT_LOG.TABLE_NAME.notIn("print_log", "setting")).orderBy(AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getTableName(), r.getRowKey(), r.getAction(),
                        r.getBeforeData(), r.getAfterData()));
    }
}
