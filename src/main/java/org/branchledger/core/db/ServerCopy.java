package org.branchledger.core.db;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate-to}: a data folder's H2 database copied onto an empty PostgreSQL database (issue 21), every
 * table row for row with its numbers, the audit trail entry for entry as it was written (its hashes cover the
 * stored text, so the chain verifies there unchanged). One server transaction: the server's audit triggers are
 * off for the copy (the copied trail already records every row), the copy is compared table by table with the
 * original ({@link TableDigest#portable}) before it commits, and anything short of equal rolls it all back.
 */
public final class ServerCopy {
    /** What was copied: tables, rows, and the digest both sides share. */
    public record Outcome(int tables, long rows, String digest) {
    }

    /** The server database was not empty: nothing copied. */
    public static final class NotEmptyException extends RuntimeException {
        NotEmptyException() {
            super("the server database already holds data");
        }
    }

    private ServerCopy() {
    }

    public static Outcome copy(Database from, Database to) {
        return from.read(source -> to.read(target -> {
            boolean auto = target.getAutoCommit();
            target.setAutoCommit(false);
            try {
                Outcome outcome = copy(source, target);
                target.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            } finally {
                target.setAutoCommit(auto);
            }
        }));
    }

    private static Outcome copy(Connection source, Connection target) throws SQLException {
        List<String> tables = inDependencyOrder(source);
        refuseUnlessEmpty(target, tables);
        long rows = 0;
        try (Statement s = target.createStatement()) {
            for (String table : tables) {
                s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
            }
            for (String table : tables) {
                rows += copyTable(source, target, table);
            }
            for (String table : tables) {
                s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                if (hasIdentity(target, table)) { // numbers made on the server go on after the copied ones
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), MAX(id)) FROM " + table
                            + " HAVING MAX(id) IS NOT NULL");
                }
            }
        }
        String original = TableDigest.portable(source);
        String copied = TableDigest.portable(target);
        if (!original.equals(copied)) {
            throw new IllegalStateException("the copy on the server differs from the data folder's: "
                    + original + " / " + copied);
        }
        return new Outcome(tables.size(), rows, original);
    }

    private static boolean hasIdentity(Connection target, String table) throws SQLException {
        try (PreparedStatement ps = target.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void refuseUnlessEmpty(Connection target, List<String> tables) throws SQLException {
        try (Statement s = target.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                    if (rs.next()) {
                        throw new NotEmptyException();
                    }
                }
            }
        }
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        long rows = 0;
        try (Statement s = source.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.toUpperCase() + "\"")) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    columns.add(md.getColumnName(i).toLowerCase());
                }
                String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
                try (PreparedStatement insert = target.prepareStatement(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            insert.setObject(i, v instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : v);
                        }
                        insert.addBatch();
                        if (++rows % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        return rows;
    }

    /** The data tables (Flyway's history aside), each after the tables it refers to. */
    static List<String> inDependencyOrder(Connection source) throws SQLException {
        DatabaseMetaData md = source.getMetaData();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        try (ResultSet rs = md.getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (!t.equalsIgnoreCase("flyway_schema_history")) {
                    refersTo.put(t.toLowerCase(), new LinkedHashSet<>());
                }
            }
        }
        for (String t : refersTo.keySet()) {
            try (ResultSet rs = md.getImportedKeys(null, "PUBLIC", t.toUpperCase())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase();
                    if (!parent.equals(t)) {
                        refersTo.get(t).add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < refersTo.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> e : refersTo.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("tables refer to each other in a circle: " + refersTo);
            }
        }
        return ordered;
    }
}
