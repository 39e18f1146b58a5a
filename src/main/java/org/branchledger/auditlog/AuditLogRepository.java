package org.branchledger.auditlog;

import static org.branchledger.jooq.Tables.AUDIT_LOG;
import static org.branchledger.jooq.Tables.MEMBER;

import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.audit.AuditEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Pages of the audit trail, newest first, filtered by date, table and text. */
public final class AuditLogRepository {

    /** An entry with who made it (null for entries from before who was recorded). */
    public record Logged(AuditEntry entry, String actor) {
    }

    public List<Logged> page(DSLContext db, AuditFilter f, int offset, int limit) {
        return db.selectFrom(AUDIT_LOG).where(condition(f)).orderBy(AUDIT_LOG.ID.desc()).limit(limit).offset(offset)
                .fetch(r -> new Logged(new AuditEntry(r.getId(), r.getAt(), r.getTableName(), r.getRowKey(),
                        r.getAction(), r.getBeforeData(), r.getAfterData()), r.getActor()));
    }

    /** The names of these members (by id as text), to name the member an entry's row belongs to. */
    public java.util.Map<String, String> memberNames(DSLContext db, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return db.select(MEMBER.ID, MEMBER.NAME).from(MEMBER).where(MEMBER.ID.in(ids))
                .fetchMap(r -> String.valueOf(r.value1()), r -> r.value2());
    }

    public int count(DSLContext db, AuditFilter f) {
        return db.fetchCount(AUDIT_LOG, condition(f));
    }

    private static Condition condition(AuditFilter f) {
        List<Condition> all = new ArrayList<>();
        if (f.from() != null) {
            all.add(AUDIT_LOG.AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            all.add(AUDIT_LOG.AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.table() != null) {
            all.add(AUDIT_LOG.TABLE_NAME.eq(f.table()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all.add(AUDIT_LOG.AFTER_DATA.like(like, '\\').or(AUDIT_LOG.BEFORE_DATA.like(like, '\\'))
                    .or(AUDIT_LOG.ACTOR.like(like, '\\')));
        }
        return all.isEmpty() ? DSL.noCondition() : DSL.and(all);
    }
}
