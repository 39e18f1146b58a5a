package org.branchledger.core.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over every row of every table, each table read in its primary key's order: two databases
 * with the same digest hold the same data. Used to prove a rewritten file before it replaces the old
 * one, and by the fuzz benchmark to show that refused imports changed nothing.
 */
public final class TableDigest {
    private TableDigest() {
    }

    /** The digest of a closed database file ({@code ….mv.db}), opened on its own with {@code key}. */
    public static String ofFile(java.nio.file.Path mvFile, FileKey key) throws SQLException {
        String name = mvFile.getFileName().toString();
        java.nio.file.Path base = mvFile.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        try (Connection c = H2Files.connect(base, key)) {
            return of(c);
        }
    }

    public static String of(Connection c) throws SQLException {
        MessageDigest sha = sha256();
        for (String table : tables(c)) {
            sha.update(table.getBytes(StandardCharsets.UTF_8));
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + order(c, table))) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        sha.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1f);
                    }
                    sha.update((byte) 0x1e);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The digest of the data alone, the same on either engine for the same rows (issue 21's {@code migrate-to}):
     * every table but Flyway's history (each engine keeps its own) and the pages' bytes (files in a folder, rows on
     * a server: each copy checks them by their SHA-256), in the data's own order, each value written
     * one way whatever the driver returns (a time as Java writes it, a truth value as true/false, long text read
     * out of H2's large objects).
     */
    public static String portable(Connection c) throws SQLException {
        MessageDigest sha = sha256();
        boolean server = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        List<String> tables = new ArrayList<>();
        for (String t : tables(c, server ? "public" : "PUBLIC")) {
            if (!t.equalsIgnoreCase("flyway_schema_history") && !t.equalsIgnoreCase(TableRows.PAGES_TABLE)) {
                tables.add(t.toLowerCase());
            }
        }
        java.util.Collections.sort(tables);
        for (String table : tables) {
            sha.update(table.getBytes(StandardCharsets.UTF_8));
            String order = order(c, server ? table : table.toUpperCase(), server ? "public" : "PUBLIC");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + (server ? table : "\"" + table.toUpperCase() + "\"")
                         + " ORDER BY " + (server ? order.toLowerCase().replace("\"", "") : order))) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        sha.update(portableText(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1f);
                    }
                    sha.update((byte) 0x1e);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    static String portableText(Object v) throws SQLException {
        if (v == null) {
            return "\u0000";
        }
        if (v instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof java.sql.Blob blob) {
            return java.util.Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
        }
        return v.toString();
    }

    private static List<String> tables(Connection c) throws SQLException {
        return tables(c, "PUBLIC");
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = '" + schema + "' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The primary key's columns ("1" for a table without one). */
    private static String order(Connection c, String table) throws SQLException {
        return order(c, table, "PUBLIC");
    }

    private static String order(Connection c, String table, String schema) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.TABLE_SCHEMA = '" + schema + "' AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                + " ORDER BY k.ORDINAL_POSITION")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add("\"" + rs.getString(1) + "\"");
                }
            }
        }
        return columns.isEmpty() ? "1" : String.join(", ", columns);
    }
}
