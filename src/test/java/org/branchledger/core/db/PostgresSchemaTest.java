package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.branchledger.core.audit.AuditChain;
import org.branchledger.core.audit.AuditTrigger;
import org.branchledger.testing.PgCluster;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The schema on a real PostgreSQL server, and its audit trigger writing the chain H2's trigger writes. */
@Tag("server")
class PostgresSchemaTest {
    @Test
    void theTriggerChainsEntriesAsTheJavaTriggerDoes() throws Exception {
        PgCluster pg = PgCluster.require();
        String jdbc = PgCluster.jdbc(pg.newDatabase());
        Flyway.configure().dataSource(jdbc, PgCluster.USER, PgCluster.PASSWORD)
                .locations("classpath:db/postgresql").load().migrate();
        try (Connection c = DriverManager.getConnection(jdbc, PgCluster.USER, PgCluster.PASSWORD);
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT set_config('branchledger.actor', '张书记', true),"
                    + " set_config('branchledger.at', '2026-03-01 09:30:00', true)");
            s.executeUpdate("INSERT INTO branch (name) VALUES ('东风村党支部')");
            s.executeUpdate("UPDATE branch SET secretary = '王五' WHERE name = '东风村党支部'");
            s.executeUpdate("INSERT INTO setting (setting_key, setting_value) VALUES ('ui.fontSize', 'NORMAL')");
            c.commit();
            s.executeUpdate("UPDATE branch SET phone = '0571-1234567'"); // no actor, the server's clock
            c.commit();
            String prev = AuditTrigger.GENESIS;
            int entries = 0;
            try (ResultSet rs = s.executeQuery("SELECT at, table_name, row_key, action, before_data, after_data,"
                    + " prev_hash, hash, actor FROM audit_log ORDER BY id")) {
                while (rs.next()) {
                    entries++;
                    assertEquals(prev, rs.getString("prev_hash"));
                    String expected = AuditChain.hash(prev, rs.getObject("at", LocalDateTime.class),
                            rs.getString("table_name"), rs.getString("row_key"), rs.getString("action"),
                            rs.getString("before_data"), rs.getString("after_data"), rs.getString("actor"));
                    assertEquals(expected, rs.getString("hash"), "entry " + entries);
                    prev = rs.getString("hash");
                    if (entries == 1) {
                        assertEquals("张书记", rs.getString("actor"));
                        assertEquals(LocalDateTime.of(2026, 3, 1, 9, 30), rs.getObject("at", LocalDateTime.class));
                        assertEquals("1", rs.getString("row_key"));
                    }
                    if (entries == 3) {
                        assertEquals("ui.fontSize", rs.getString("row_key"), "a table without id: its first column");
                    }
                }
            }
            assertEquals(4, entries);
            assertTrue(prev.matches("[0-9a-f]{64}"));
        }
    }
}
