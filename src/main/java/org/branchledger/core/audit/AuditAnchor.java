package org.branchledger.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A point of the audit trail kept outside it: an entry's number and its hash. The trail must still hold
 * that entry with that hash; a trail that ends before it was cut at its end.
 */
public record AuditAnchor(long seq, String hash) {
    public static final AuditAnchor EMPTY = new AuditAnchor(0, AuditTrigger.GENESIS);

    /** The newest entry, or {@link #EMPTY} for an empty trail. */
    public static AuditAnchor latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new AuditAnchor(rs.getLong(1), rs.getString(2)) : EMPTY;
        }
    }

    /** The hash the trail holds for entry {@code seq}, if it holds that entry. */
    public static Optional<String> hashAt(Connection c, long seq) throws SQLException {
        if (seq == 0) {
            return Optional.of(AuditTrigger.GENESIS);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log WHERE id = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Whether the trail holds this entry with this hash. */
    public boolean heldBy(Connection c) throws SQLException {
        return hashAt(c, seq).map(hash::equals).orElse(false);
    }

    /** The hash as the secretary reads it: its first eight characters, e.g. 3FA9C1D2. */
    public String code() {
        return hash.substring(0, Math.min(8, hash.length())).toUpperCase();
    }

    /** As written into files: {@code 10234:3fa9…}. */
    public String text() {
        return seq + ":" + hash;
    }

    /** Reads {@link #text()}; empty when it is not one. */
    public static Optional<AuditAnchor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        try {
            String hash = text.substring(colon + 1).strip();
            if (colon < 1 || !hash.matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new AuditAnchor(Long.parseLong(text.substring(0, colon).strip()), hash));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
