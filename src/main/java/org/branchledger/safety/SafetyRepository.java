package org.branchledger.safety;

import static org.branchledger.jooq.Tables.AUDIT_LOG;
import static org.branchledger.jooq.Tables.BRANCH;
import static org.branchledger.jooq.Tables.MEMBER;

import java.util.List;
import org.jooq.DSLContext;

/** What a backup's manifest says about the data, and H2's online backup. */
public final class SafetyRepository {

    public List<String> branchNames(DSLContext db) {
        return db.select(BRANCH.NAME).from(BRANCH).orderBy(BRANCH.ID).fetch(BRANCH.NAME);
    }

    public int memberCount(DSLContext db) {
        return db.fetchCount(MEMBER, MEMBER.LEFT_REASON.isNull()); // current members, as the roster counts them
    }

    public int auditCount(DSLContext db) {
        return db.fetchCount(AUDIT_LOG);
    }

    /** The audit trail's newest entry. */
    public org.branchledger.core.audit.AuditAnchor auditHead(DSLContext db) {
        return db.connectionResult(org.branchledger.core.audit.AuditAnchor::latest);
    }

    /** H2's consistent copy of the open database file, as a zip holding the file (still encrypted if it is). */
    public void backupTo(DSLContext db, java.nio.file.Path zip) {
        db.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
    }
}
