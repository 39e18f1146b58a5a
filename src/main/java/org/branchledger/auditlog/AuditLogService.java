package org.branchledger.auditlog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.branchledger.core.audit.AuditAnchors;
import org.branchledger.core.audit.AuditHead;
import org.branchledger.core.i18n.Messages;
import java.util.Map;
import org.branchledger.core.audit.AuditVerifier;
import org.branchledger.core.audit.ChangeDescriber;
import org.branchledger.core.db.Database;

/** The audit trail for people: pages of it in words, and the check that nobody changed it by hand. */
public final class AuditLogService {
    private final Database db;
    private final AuditLogRepository log;
    private final ChangeDescriber describer;
    /** The data folder, where the head file lies beside the database (null: a database opened by URL). */
    private final Path folder;
    private final Supplier<List<AuditAnchors.Source>> backupAnchors;
    private final Supplier<List<AuditAnchors.Source>> printAnchors;

    public AuditLogService(Database db, AuditLogRepository log, ChangeDescriber describer) {
        this(db, log, describer, null, List::of, List::of);
    }

    /**
     * @param backupAnchors the anchors in the backups' manifests
     * @param printAnchors  the anchors in the print records
     */
    public AuditLogService(Database db, AuditLogRepository log, ChangeDescriber describer, Path folder,
                           Supplier<List<AuditAnchors.Source>> backupAnchors,
                           Supplier<List<AuditAnchors.Source>> printAnchors) {
        this.db = db;
        this.log = log;
        this.describer = describer;
        this.folder = folder;
        this.backupAnchors = backupAnchors;
        this.printAnchors = printAnchors;
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

    /**
     * The hash chain and the data checked against the trail, then the trail against every anchor kept
     * outside it: the head file, the backups, the print records (reads all of it: run it off the FX thread).
     */
    public AuditVerifier.Result verify() {
        List<AuditAnchors.Source> backups = backupAnchors.get();
        List<AuditAnchors.Source> prints = printAnchors.get();
        List<AuditAnchors.Source> all = new ArrayList<>(backups);
        all.addAll(prints);
        return db.dsl().connectionResult(c -> {
            AuditVerifier.Result chain = new AuditVerifier(describer).verify(c);
            AuditAnchors.Outcome anchors = new AuditAnchors(describer).check(c, folder, all);
            int heads = folder == null ? 0 : AuditHead.readAll(folder).size();
            String summary = Messages.get("audit.anchor.checked", String.valueOf(heads + all.size()),
                    String.valueOf(heads), String.valueOf(backups.size()), String.valueOf(prints.size()));
            AuditVerifier.Result r = chain.with(anchors, summary);
            if (folder != null && heads == 0) {
                r = r.with(new AuditAnchors.Outcome(List.of(), List.of(Messages.get("audit.anchor.noHead"))), null);
            }
            return r;
        });
    }
}
