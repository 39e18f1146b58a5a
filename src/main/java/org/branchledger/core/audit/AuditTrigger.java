package org.branchledger.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.text.Json;
import org.h2.api.Trigger;

/**
 * Writes one audit_log row for every row inserted, updated or deleted in a data table, inside the
 * same transaction as the change. Each entry's hash covers the previous entry's hash, so editing or
 * deleting an entry by hand breaks the chain. Installed by the migrations with
 * {@code CREATE FORCE TRIGGER … CALL 'org.branchledger.core.audit.AuditTrigger'}.
 */
public final class AuditTrigger implements Trigger {
    static final String GENESIS = "0".repeat(64);

    private String table;
    private List<String> columns;
    private int keyColumn;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase();
        this.columns = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                        + " ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1).toLowerCase());
                }
            }
        }
        int id = columns.indexOf("id");
        this.keyColumn = id >= 0 ? id : 0;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Arrays.equals(oldRow, newRow)) {
            return;
        }
        String action = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        Object[] keyRow = newRow != null ? newRow : oldRow;
        String key = String.valueOf(keyRow[keyColumn]);
        String before = oldRow == null ? null : json(oldRow);
        String after = newRow == null ? null : json(newRow);
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        String prev = lastHash(conn);
        String hash = AuditChain.hash(prev, at, table, key, action, before, after);
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO audit_log (at, table_name, row_key, action, before_data, after_data, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.valueOf(at));
            ps.setString(2, table);
            ps.setString(3, key);
            ps.setString(4, action);
            ps.setString(5, before);
            ps.setString(6, after);
            ps.setString(7, prev);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
    }

    private static String lastHash(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : GENESIS;
        }
    }

    private String json(Object[] row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && i < row.length; i++) {
            fields.put(columns.get(i), row[i]);
        }
        return Json.object(fields);
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
