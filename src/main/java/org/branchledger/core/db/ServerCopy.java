package org.branchledger.core.db;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrate-to}: a data folder's H2 database copied onto an empty PostgreSQL database (issue 21), every
 * table row for row with its numbers, the audit trail entry for entry as it was written (its hashes cover the
 * stored text, so the chain verifies there unchanged). One server transaction: the server's audit triggers are
 * off for the copy (the copied trail already records every row), the copy is compared table by table with the
 * original ({@link TableDigest#portable}) before it commits, and anything short of equal rolls it all back; a
 * database that holds data is refused ({@link TableRows.NotEmptyException}). The folder's scanned pages go into
 * the server's {@code scanned_page} table in the same transaction (opened from their sealed files with the
 * folder's key), each checked there against its SHA-256; a page whose file is already gone is counted, not copied.
 */
public final class ServerCopy {
    /** What was copied: tables, rows, the digest both sides share, and the scanned pages (and those missing). */
    public record Outcome(int tables, long rows, String digest, long pages, long missingPages) {
    }

    private ServerCopy() {
    }

    public static Outcome copy(Database from, Database to, ScannedPages pages) {
        return from.read(source -> to.read(target -> {
            boolean auto = target.getAutoCommit();
            target.setAutoCommit(false);
            try {
                Outcome outcome = copy(source, target, pages);
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

    private static Outcome copy(Connection source, Connection target, ScannedPages pages) throws SQLException {
        List<String> tables = TableRows.inDependencyOrder(source);
        TableRows.refuseUnlessEmpty(target, tables);
        long rows = 0;
        TableRows.serverTriggers(target, tables, false);
        for (String table : tables) {
            rows += copyTable(source, target, table);
        }
        TableRows.serverTriggers(target, tables, true);
        TableRows.continueNumbers(target, tables);
        String original = TableDigest.portable(source);
        String copied = TableDigest.portable(target);
        if (!original.equals(copied)) {
            throw new IllegalStateException("the copy on the server differs from the data folder's: "
                    + original + " / " + copied);
        }
        long[] copiedPages = copyPages(source, target, pages);
        return new Outcome(tables.size(), rows, original, copiedPages[0], copiedPages[1]);
    }

    /** The pages the records name, from the folder's files into the server's table; {copied, missing}. */
    private static long[] copyPages(Connection source, Connection target, ScannedPages pages) throws SQLException {
        long copied = 0;
        long missing = 0;
        try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + TableRows.PAGES_TABLE
                + " (stored_path, sha256, content) VALUES (?, ?, ?)")) {
            for (String stored : TableRows.pagePaths(source)) {
                byte[] content;
                try {
                    content = pages.read(stored);
                } catch (java.nio.file.NoSuchFileException e) {
                    missing++;
                    continue;
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(stored + ": " + e.getMessage(), e);
                }
                insert.setString(1, stored);
                insert.setString(2, DurableFiles.sha256(content));
                insert.setBytes(3, content);
                insert.executeUpdate();
                copied++;
            }
        }
        try (Statement s = target.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(*) FILTER"
                     + " (WHERE encode(sha256(content), 'hex') <> sha256) FROM " + TableRows.PAGES_TABLE)) {
            rs.next();
            if (rs.getLong(1) != copied || rs.getLong(2) != 0) {
                throw new IllegalStateException("the pages on the server differ from the data folder's: " + copied
                        + " copied, " + rs.getLong(1) + " there, " + rs.getLong(2) + " not as written");
            }
        }
        return new long[] {copied, missing};
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
}
