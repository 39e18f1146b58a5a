package org.branchledger.auditlog;

import java.util.List;
import java.util.Map;
import org.branchledger.core.audit.AuditVerifier;
import org.branchledger.core.audit.ChangeDescriber;
import org.branchledger.core.db.Database;

/** The audit trail for people: pages of it in words, and the check that nobody changed it by hand. */
public final class AuditLogService {
    private final Database db;
    private final AuditLogRepository log;
    private final ChangeDescriber describer;

    public AuditLogService(Database db, AuditLogRepository log, ChangeDescriber describer) {
        this.db = db;
        this.log = log;
        this.describer = describer;
    }

    /** One page of entries (newest first) and how many match in all. */
    public record Page(List<AuditRow> rows, int total) {
    }

    public Page page(AuditFilter filter, int offset, int limit) {
        List<AuditLogRepository.Logged> logged = log.page(db.dsl(), filter, offset, limit);
        java.util.Set<Long> memberIds = new java.util.HashSet<>();
        for (AuditLogRepository.Logged l : logged) {
            ChangeDescriber.memberId(l.entry()).ifPresent(id -> {
                try {
                    memberIds.add(Long.parseLong(id));
                } catch (NumberFormatException ignored) {
                    // not a member's id: described without a name
                }
            });
        }
        java.util.Map<String, String> names = log.memberNames(db.dsl(), memberIds);
        List<AuditRow> rows = logged.stream().map(l -> new AuditRow(l.entry().id(),
                l.entry().at(), l.actor() == null ? "—" : l.actor(), describer.thing(l.entry().table()),
                describer.action(l.entry()), describer.describeWhat(l.entry(), names))).toList();
        return new Page(rows, log.count(db.dsl(), filter));
    }

    /** The tables a filter can pick, by what their rows are called. */
    public Map<String, String> tables() {
        return describer.things();
    }

    /** The hash chain and the data checked against the trail (reads all of it: run it off the FX thread). */
    public AuditVerifier.Result verify() {
        return db.dsl().connectionResult(c -> new AuditVerifier(describer).verify(c));
    }
}
