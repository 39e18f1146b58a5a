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
 * database that holds data is refused ({@link TableRows.NotEmptyException}).
 */
public final class ServerCopy {
    /** What was copied: tables, rows, and the digest both sides share. */
    public record Outcome(int tables, long rows, String digest) {
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
        return new Outcome(tables.size(), rows, original);
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
