package org.branchledger.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Clob;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.branchledger.core.text.Json;

/**
 * Checks that the database is what its audit trail says it is. Two checks:
 * <ol>
 * <li>the hash chain: every entry's hash covers the entry and the hash before it, so an entry edited or
 * deleted by hand (e.g. with H2's own tools) breaks the chain at that entry;</li>
 * <li>the data: replaying the trail (insert adds a row, update swaps it, delete removes it) must give
 * exactly the rows the tables hold now, so a row changed with the audit trigger bypassed is found.</li>
 * </ol>
 * Reads plain JDBC, streaming, so a trail of hundreds of thousands of entries needs little memory.
 */
public final class AuditVerifier {
    /**
     * Tables outside the trail: the trail itself, Flyway's history, and the scanned pages' bytes (V15: files in a
     * folder, rows on a server; each page's record is its audited note_attachment row).
     */
    private static final Set<String> NOT_AUDITED = Set.of("audit_log", "flyway_schema_history", "scanned_page");

    /**
     * The outcome: intact, or the problems found, the first broken entry first; notes say what else was
     * compared (anchors outside the database) without anything being wrong.
     */
    public record Result(boolean intact, long entries, List<String> problems, Long firstBrokenEntry, List<String> notes) {
        public Result(boolean intact, long entries, List<String> problems, Long firstBrokenEntry) {
            this(intact, entries, problems, firstBrokenEntry, List.of());
        }

        /** This result with the comparison against the anchors added. */
        public Result with(AuditAnchors.Outcome anchors, String summary) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(anchors.problems());
            List<String> allNotes = new ArrayList<>(notes);
            if (summary != null) {
                allNotes.add(summary);
            }
            allNotes.addAll(anchors.notes());
            return new Result(all.isEmpty(), entries, List.copyOf(all), firstBrokenEntry, List.copyOf(allNotes));
        }
    }

    private final ChangeDescriber describer;

    public AuditVerifier(ChangeDescriber describer) {
        this.describer = describer;
    }

    public Result verify(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        Long[] firstBroken = {null};
        Map<String, Set<String>> columnsSeen = new HashMap<>();
        long entries = checkChain(c, problems, firstBroken, columnsSeen);
        List<String> tables = auditedTables(c, problems);
        checkData(c, tables, columnsSeen, problems, firstBroken);
        return new Result(problems.isEmpty(), entries, List.copyOf(problems), firstBroken[0]);
    }

    private static boolean hasActor(Connection c) throws SQLException {
        boolean server = onServer(c);
        try (ResultSet rs = c.getMetaData().getColumns(null, server ? "public" : "PUBLIC", server ? "audit_log" : "AUDIT_LOG",
                server ? "actor" : "ACTOR")) {
            return rs.next();
        }
    }

    /** Whether this is the office's PostgreSQL server (issue 21) rather than the folder's H2 file. */
    static boolean onServer(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private long checkChain(Connection c, List<String> problems, Long[] firstBroken,
                            Map<String, Set<String>> columnsSeen) throws SQLException {
        boolean actor = hasActor(c);
        String prev = AuditTrigger.GENESIS;
        long count = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT id, at, table_name, row_key, action, before_data, after_data,"
                    + " prev_hash, hash" + (actor ? ", actor" : "") + " FROM audit_log ORDER BY id")) {
                while (rs.next()) {
                    count++;
                    AuditEntry e = entry(rs);
                    String who = actor ? rs.getString(10) : null;
                    String computed = AuditChain.hash(rs.getString(8), e.at(), e.table(), e.rowKey(), e.action(),
                            e.before(), e.after(), who);
                    if (firstBroken[0] == null && (!prev.equals(rs.getString(8)) || !computed.equals(rs.getString(9)))) {
                        firstBroken[0] = e.id();
                        problems.add(!prev.equals(rs.getString(8))
                                ? "操作记录第 " + e.id() + " 条之前有记录被删除或改动(" + describer.describe(e) + ")"
                                : "操作记录第 " + e.id() + " 条被改动过(" + describer.describe(e) + ")");
                    }
                    prev = rs.getString(9);
                    Set<String> keys = Json.parseFlat(e.after() != null ? e.after() : e.before()).keySet();
                    columnsSeen.merge(e.table(), new LinkedHashSet<>(keys), (a, b) -> {
                        a.retainAll(b);
                        return a;
                    });
                }
            }
        }
        return count;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(2);
        return new AuditEntry(rs.getLong(1), at == null ? LocalDateTime.MIN : at.toLocalDateTime(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    /** The data tables, and a problem for any that lost its audit trigger. */
    private List<String> auditedTables(Connection c, List<String> problems) throws SQLException {
        Map<String, Boolean> tables = new TreeMap<>();
        boolean server = onServer(c);
        try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + (server ? " WHERE TABLE_SCHEMA = 'public'" : " WHERE TABLE_SCHEMA = 'PUBLIC'")
                + " AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                String t = rs.getString(1).toLowerCase();
                if (!NOT_AUDITED.contains(t)) {
                    tables.put(t, false);
                }
            }
        }
        // H2 names the trigger's Java class; PostgreSQL the statement that calls the PL/pgSQL function
        try (ResultSet rs = c.createStatement().executeQuery(server
                ? "SELECT event_object_table, action_statement FROM information_schema.triggers"
                        + " WHERE event_object_schema = 'public' AND event_manipulation = 'DELETE'"
                : "SELECT EVENT_OBJECT_TABLE, JAVA_CLASS FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                if (server ? "EXECUTE FUNCTION audit_row()".equals(rs.getString(2))
                        : AuditTrigger.class.getName().equals(rs.getString(2))) {
                    tables.replace(rs.getString(1).toLowerCase(), true);
                }
            }
        }
        tables.forEach((t, triggered) -> {
            if (!triggered) {
                problems.add("“" + describer.thing(t) + "”的改动不再留下操作记录（记录功能在本程序之外被关闭了）");
            }
        });
        return List.copyOf(tables.keySet());
    }

    private void checkData(Connection c, List<String> tables, Map<String, Set<String>> columnsSeen,
                           List<String> problems, Long[] firstBroken) throws SQLException {
        for (String table : tables) {
            Set<String> columns = new LinkedHashSet<>(currentColumns(c, table));
            Set<String> seen = columnsSeen.get(table);
            if (seen != null) {
                columns.retainAll(seen); // a column added by a later migration is not in older entries
            }
            Map<Long, Integer> expected = replay(c, table, columns);
            List<String> unexpected = new ArrayList<>();
            Map<String, String> firstRow = null;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery(onServer(c) ? "SELECT * FROM " + table
                        : "SELECT * FROM \"" + table.toUpperCase() + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String name = md.getColumnName(i).toLowerCase();
                            if (columns.contains(name)) {
                                row.put(name, text(rs.getObject(i)));
                            }
                        }
                        long h = digest(row);
                        Integer n = expected.get(h);
                        if (n == null || n == 0) {
                            unexpected.add(key(row));
                            if (firstRow == null) {
                                firstRow = row;
                            }
                        } else {
                            expected.put(h, n - 1);
                        }
                    }
                }
            }
            long missing = expected.values().stream().mapToLong(Integer::longValue).sum();
            if (!unexpected.isEmpty() || missing > 0) {
                String thing = describer.thing(table);
                String where = unexpected.isEmpty() ? "" : "（第一处：" + describer.describeRow(table, firstRow)
                        + "，编号 " + unexpected.get(0) + "）";
                Long lastEntry = unexpected.isEmpty() ? null : lastEntryFor(c, table, unexpected.get(0));
                if (firstBroken[0] == null && lastEntry != null) {
                    firstBroken[0] = lastEntry;
                }
                problems.add(thing + "的数据与操作记录不符：" + Math.max(unexpected.size(), missing)
                        + " 行在程序之外被改动、增加或删除" + where
                        + (lastEntry != null ? "，该行最后一条正常记录是第 " + lastEntry + " 条" : ""));
            }
        }
    }

    private static Long lastEntryFor(Connection c, String table, String rowKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(id) FROM audit_log WHERE table_name = ? AND row_key = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : null;
            }
        }
    }

    private static String key(Map<String, String> row) {
        String id = row.get("id");
        return id != null ? id : String.valueOf(row.values().iterator().next());
    }

    private static List<String> currentColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        boolean server = onServer(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, server ? "public" : "PUBLIC");
            ps.setString(2, server ? table : table.toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2).toUpperCase();
                    if (!type.contains("LARGE OBJECT") && !type.contains("CLOB") && !type.contains("BLOB")) {
                        out.add(rs.getString(1).toLowerCase()); // LOBs are logged as references, not values
                    }
                }
            }
        }
        return out;
    }

    /** The rows the trail says the table holds, as a multiset of digests. */
    private static Map<Long, Integer> replay(Connection c, String table, Set<String> columns) throws SQLException {
        Map<Long, Integer> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT action, before_data, after_data FROM audit_log WHERE table_name = ? ORDER BY id")) {
            ps.setFetchSize(1000);
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String before = rs.getString(2);
                    String after = rs.getString(3);
                    if (before != null) {
                        rows.merge(digest(project(before, columns)), -1, Integer::sum);
                    }
                    if (after != null) {
                        rows.merge(digest(project(after, columns)), 1, Integer::sum);
                    }
                }
            }
        }
        rows.values().removeIf(n -> n == 0);
        return rows;
    }

    private static Map<String, String> project(String json, Set<String> columns) {
        Map<String, String> all = Json.parseFlat(json);
        Map<String, String> out = new LinkedHashMap<>();
        for (String col : columns) {
            out.put(col, canonical(all.get(col)));
        }
        return out;
    }

    /** A value as the audit trigger's JSON shows it, read back as text. */
    private static String text(Object v) {
        if (v == null || v instanceof Clob || v instanceof Blob) {
            return null;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Timestamp t) {
            return canonical(t.toLocalDateTime().toString());
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return canonical(v.toString());
    }

    private static final java.util.regex.Pattern DATE_TIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    /**
     * A time of day written one way: H2's trigger writes Java's form (seconds and fractions only when not zero,
     * milliseconds as three digits), PostgreSQL's {@code row_to_json} always the seconds and the fraction without
     * trailing zeros. Both are compared as Java writes them.
     */
    static String canonical(String value) {
        if (value == null || value.length() < 16 || value.length() > 29 || !DATE_TIME.matcher(value).matches()) {
            return value;
        }
        return LocalDateTime.parse(value.replace(' ', 'T')).toString();
    }

    private static long digest(Map<String, String> row) {
        StringBuilder s = new StringBuilder();
        row.forEach((k, v) -> s.append(k).append('\u001f').append(v == null ? "\u0000" : v).append('\u001e'));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
