package org.branchledger.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.branchledger.core.text.Json;
import org.h2.api.Trigger;

/**
 * Writes one audit_log row for every row inserted, updated or deleted in a data table, inside the
 * same transaction as the change. Each entry's hash covers the previous entry's hash, so editing or
 * deleting an entry by hand breaks the chain. Installed by the migrations with
 * {@code CREATE FORCE TRIGGER … CALL 'org.branchledger.core.audit.AuditTrigger'}.
 */
public final class AuditTrigger implements Trigger {
    public static final String GENESIS = "0".repeat(64);

    /** Who changes the data in this process: the computer's user name; commands add 命令行. */
    private static volatile String actor = defaultActor();

    /** Names who acts from now on in this process (e.g. the command line marks itself). */
    public static void actAs(String who) {
        actor = who == null || who.isBlank() ? defaultActor() : who;
    }

    /**
     * Rows written by this thread while {@code work} runs are not recorded: a restore filling a new database with
     * a backup's rows, the backup's own trail among them (the server's triggers are disabled for the same copy).
     */
    public static <T> T quietWhile(java.util.concurrent.Callable<T> work) throws Exception {
        QUIET.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            QUIET.remove();
        }
    }

    private static final ThreadLocal<Boolean> QUIET = new ThreadLocal<>();

    public static String actor() {
        return actor;
    }

    /**
     * The clock entries (and the head beside the database) are stamped with: the app's, set by {@code App} when it
     * opens; the system's until then. A static like {@link #actor}: H2 builds the trigger from its class name, so
     * it cannot be handed one.
     */
    private static volatile Clock clock = Clock.systemDefaultZone();

    /** Stamps entries with {@code appClock} from now on in this process. */
    public static void stampWith(Clock appClock) {
        clock = java.util.Objects.requireNonNull(appClock);
    }

    /** The clock entries are stamped with. */
    public static Clock clock() {
        return clock;
    }

    private static String defaultActor() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "本机用户" : user;
    }

    private String schema;
    private String tableName;
    private String table;
    /** The table's columns, read at the first change: most of the triggers H2 makes at every open never fire. */
    private volatile Columns columns;
    private boolean hasActor;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type) {
        this.schema = schema;
        this.tableName = table;
        this.table = table.toLowerCase();
    }

    /** The column names in order, and which one is the row's key (id, else the first). */
    private record Columns(List<String> names, int key) {
    }

    private Columns readColumns(Connection conn) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                        + " ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, schema);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase());
                }
            }
        }
        int id = names.indexOf("id");
        return new Columns(List.copyOf(names), id >= 0 ? id : 0);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (QUIET.get() != null) {
            return;
        }
        if (oldRow != null && newRow != null && Arrays.equals(oldRow, newRow)) {
            return;
        }
        Columns cols = columns;
        if (cols == null) {
            cols = readColumns(conn);
            columns = cols;
        }
        String action = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        Object[] keyRow = newRow != null ? newRow : oldRow;
        String key = String.valueOf(keyRow[cols.key()]);
        String before = oldRow == null ? null : Json.object(cols.names(), oldRow);
        String after = newRow == null ? null : Json.object(cols.names(), newRow);
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (!hasActor) {
            hasActor = actorColumnExists(conn); // false while migrations before V9 run; checked until it is there
        }
        String prev = lastHash(conn);
        String who = hasActor ? actor : null;
        String hash = AuditChain.hash(prev, at, table, key, action, before, after, who);
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO audit_log (at, table_name, row_key, action, before_data, after_data, prev_hash, hash"
                        + (hasActor ? ", actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
            ps.setObject(1, at); // H2 takes a LocalDateTime as it is (Timestamp.valueOf cost more than the hash)
            ps.setString(2, table);
            ps.setString(3, key);
            ps.setString(4, action);
            ps.setString(5, before);
            ps.setString(6, after);
            ps.setString(7, prev);
            ps.setString(8, hash);
            if (hasActor) {
                ps.setString(9, who);
            }
            ps.executeUpdate();
        }
    }

    private static boolean actorColumnExists(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'AUDIT_LOG' AND COLUMN_NAME = 'ACTOR'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * The newest entry's hash. Writers do not race for it: {@code Database.transaction} lets one write
     * transaction run at a time, so no two entries ever get the same predecessor. (Keeping it in memory per
     * session instead, checked by the insert itself, was tried for issue 18 and measured no faster: the
     * check costs what the lookup does. See decision record 0020.)
     */
    private static String lastHash(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : GENESIS;
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
