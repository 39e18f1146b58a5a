package org.branchledger.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.branchledger.core.i18n.Messages;

/**
 * Compares the audit trail with the anchors kept outside it (the head file beside the database, backups'
 * manifests, print records, printed PDFs): a trail that ends before an anchor was cut at its end; an anchor
 * whose entry has another hash means that entry, or one before it, was changed or deleted.
 */
public final class AuditAnchors {
    /**
     * One anchor and where it was found, in words (e.g. 备份“branch-ledger-2026-11-20.blbak”).
     *
     * @param when when the anchor was written, null if unknown: anchors from before the data was last
     *             restored from a backup may belong to the data the restore replaced
     */
    public record Source(String what, AuditAnchor anchor, LocalDateTime when) {
    }

    /** What the comparison found: problems (the trail was cut or changed) and notes (nothing wrong). */
    public record Outcome(List<String> problems, List<String> notes) {
    }

    private final ChangeDescriber describer;

    public AuditAnchors(ChangeDescriber describer) {
        this.describer = describer;
    }

    /** Compares the trail with the head file(s) found in {@code folder} and with {@code sources}. */
    public Outcome check(Connection c, java.nio.file.Path folder, List<Source> sources) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        AuditAnchor latest = AuditAnchor.latest(c);
        LocalDateTime restoredAt = null;
        List<AuditHead.State> heads = folder == null ? List.of() : AuditHead.readAll(folder);
        for (AuditHead.State head : heads) {
            if (head.file().getFileName().toString().equals(AuditHead.FILE_NAME)) {
                restoredAt = head.restoredAt();
            }
        }
        for (AuditHead.State head : heads) {
            checkHead(c, head, latest, restoredAt, problems, notes);
        }
        int skipped = 0;
        for (Source s : sources) {
            Optional<String> problem = problem(c, s, latest);
            if (problem.isPresent()) {
                if (beforeRestore(s.when(), restoredAt)) {
                    skipped++;
                } else {
                    problems.add(problem.get());
                }
            }
        }
        if (skipped > 0) {
            notes.add(Messages.get("audit.anchor.beforeRestore", n(skipped), restoredAt.toLocalDate().toString()));
        }
        return new Outcome(List.copyOf(problems), List.copyOf(notes));
    }

    /** The problem one anchor shows, if any (also for a single anchor, e.g. a printed PDF's). */
    public static Optional<String> problem(Connection c, Source s, AuditAnchor latest) throws SQLException {
        AuditAnchor a = s.anchor();
        if (a.seq() > latest.seq()) {
            return Optional.of(Messages.get("audit.anchor.cut", s.what(), n(a.seq()), a.code(), n(latest.seq())));
        }
        Optional<String> held = AuditAnchor.hashAt(c, a.seq());
        if (held.isEmpty()) {
            return Optional.of(Messages.get("audit.anchor.missing", n(a.seq()), s.what(), a.code()));
        }
        if (!held.get().equals(a.hash())) {
            return Optional.of(Messages.get("audit.anchor.changed", n(a.seq()), s.what(), a.code()));
        }
        return Optional.empty();
    }

    /** A number as plain digits (MessageFormat would write 10,234). */
    private static String n(long number) {
        return String.valueOf(number);
    }

    private static boolean beforeRestore(LocalDateTime when, LocalDateTime restoredAt) {
        return restoredAt != null && when != null && when.isBefore(restoredAt);
    }

    private void checkHead(Connection c, AuditHead.State head, AuditAnchor latest, LocalDateTime restoredAt,
                           List<String> problems, List<String> notes) throws SQLException {
        String what = Messages.get("audit.anchor.headFile", head.file().getFileName());
        boolean kept = !head.file().getFileName().toString().equals(AuditHead.FILE_NAME);
        if (head.committed() == null && head.pending() == null) {
            if (head.restoredAt() == null) {
                notes.add(Messages.get("audit.anchor.headUnreadable", what));
            }
            return;
        }
        // A kill between the commit and the file's second write leaves the committed head as "pending".
        AuditAnchor anchor;
        if (head.pending() != null && head.pending().heldBy(c)) {
            anchor = head.pending();
        } else if (head.committed() != null) {
            anchor = head.committed();
        } else {
            return; // only a head whose transaction never committed
        }
        Optional<String> problem = problem(c, new Source(what, anchor, head.written()), latest);
        if (problem.isPresent()) {
            if (kept && beforeRestore(head.written(), restoredAt)) {
                notes.add(Messages.get("audit.anchor.keptBeforeRestore", what));
            } else {
                problems.add(problem.get());
            }
            return;
        }
        if (!kept && latest.seq() > anchor.seq()) {
            List<AuditEntry> after = entriesAfter(c, anchor.seq());
            if (!after.isEmpty()) {
                problems.add(Messages.get("audit.anchor.foreign", what, n(anchor.seq()), n(after.size()),
                        n(after.get(0).id()), describer.describe(after.get(0))));
            }
        }
    }

    /** Entries after {@code seq}, oldest first (a few at most in practice: read all, they are counted). */
    private static List<AuditEntry> entriesAfter(Connection c, long seq) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, table_name, row_key, action, before_data,"
                + " after_data FROM audit_log WHERE id > ? ORDER BY id")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(2);
                    out.add(new AuditEntry(rs.getLong(1), at == null ? LocalDateTime.MIN : at.toLocalDateTime(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        out.sort(Comparator.comparingLong(AuditEntry::id));
        return out;
    }
}
