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
        try (Connection c = java.sql.DriverManager.getConnection(Database.fileUrl(Database.url(base), key), "sa",
                Database.h2Password(key))) {
            return of(c);
        }
    }

    public static String of(Connection c) throws SQLException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
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

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The primary key's columns ("1" for a table without one). */
    private static String order(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'"
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
