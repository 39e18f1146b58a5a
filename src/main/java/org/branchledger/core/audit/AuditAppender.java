package org.branchledger.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.h2.jdbc.JdbcConnection;

/**
 * Appends the audit trigger's entries to the trail, each chained to the newest entry's hash. An import
 * writes 10,000 entries in one transaction, and looking the newest entry up for each of them was a query
 * per row. So the hash of the newest entry each H2 session wrote is kept here, and the session's next entry
 * is inserted by one statement that itself checks that the newest entry still has that hash
 * ({@link #AFTER_KNOWN}). When it has not (the entry's transaction or statement was rolled back, another
 * session wrote since, someone edited the trail), that statement adds nothing, and the newest entry is read
 * and the entry inserted after it, as before. The chain is the same either way: every entry's predecessor
 * is the newest entry its transaction sees.
 */
final class AuditAppender {
    /** The hash of the newest entry each session wrote; weak keys, so a closed session's goes with it. */
    private static final Map<Object, String> HEADS = Collections.synchronizedMap(new WeakHashMap<>());

    private static final String COLUMNS = "at, table_name, row_key, action, before_data, after_data, prev_hash, hash";
    private static final String NEWEST = "SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)";

    /** The entry, if the newest entry still has the hash the session last wrote: one insert, two index lookups. */
    private static final String AFTER_KNOWN = "INSERT INTO audit_log (" + COLUMNS + "%s) SELECT CAST(? AS TIMESTAMP(3)),"
            + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR), CAST(? AS VARCHAR)%s FROM audit_log"
            + " WHERE id = (SELECT MAX(id) FROM audit_log) AND hash = ?";
    private static final String AFTER_KNOWN_WITH_ACTOR = String.format(AFTER_KNOWN, ", actor", ", CAST(? AS VARCHAR)");
    private static final String AFTER_KNOWN_WITHOUT_ACTOR = String.format(AFTER_KNOWN, "", "");
    private static final String PLAIN_WITH_ACTOR = "INSERT INTO audit_log (" + COLUMNS
            + ", actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PLAIN_WITHOUT_ACTOR = "INSERT INTO audit_log (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** One change as the trigger saw it; {@code actor} null while the trail has no column for it (before V9). */
    record Change(LocalDateTime at, String table, String key, String action, String before, String after,
                  String actor) {
    }

    private AuditAppender() {
    }

    /** Appends {@code change} after the newest entry the connection's transaction sees. */
    static void append(Connection conn, Change change, boolean hasActor) throws SQLException {
        Object session = conn instanceof JdbcConnection h2 ? h2.getSession() : null;
        String known = session == null ? null : HEADS.get(session);
        if (known != null) {
            String hash = hashAfter(known, change);
            if (insert(conn, hasActor ? AFTER_KNOWN_WITH_ACTOR : AFTER_KNOWN_WITHOUT_ACTOR, known, hash, change,
                    hasActor, true) == 1) {
                HEADS.put(session, hash);
                return;
            }
        }
        String newest = newest(conn);
        String hash = hashAfter(newest, change);
        insert(conn, hasActor ? PLAIN_WITH_ACTOR : PLAIN_WITHOUT_ACTOR, newest, hash, change, hasActor, false);
        if (session != null) {
            HEADS.put(session, hash);
        }
    }

    private static String newest(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(NEWEST); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : AuditTrigger.GENESIS;
        }
    }

    private static String hashAfter(String prev, Change c) {
        return AuditChain.hash(prev, c.at(), c.table(), c.key(), c.action(), c.before(), c.after(), c.actor());
    }

    /** @param checkPrev whether the statement checks that the newest entry's hash is {@code prevHash} */
    private static int insert(Connection conn, String sql, String prevHash, String hash, Change c, boolean hasActor,
                              boolean checkPrev) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 0;
            ps.setTimestamp(++i, Timestamp.valueOf(c.at()));
            ps.setString(++i, c.table());
            ps.setString(++i, c.key());
            ps.setString(++i, c.action());
            ps.setString(++i, c.before());
            ps.setString(++i, c.after());
            ps.setString(++i, prevHash);
            ps.setString(++i, hash);
            if (hasActor) {
                ps.setString(++i, c.actor());
            }
            if (checkPrev) {
                ps.setString(++i, prevHash);
            }
            return ps.executeUpdate();
        }
    }
}
