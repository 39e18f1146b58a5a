package org.branchledger.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each entry chains to the newest entry its transaction sees. Whatever undoes or overtakes entries (a rollback,
 * a savepoint, a statement that fails after its first rows were audited, another session) must leave a chain
 * that verifies, with exactly the entries of the changes that stayed. Written for issue 18, where the newest
 * entry was kept in memory for a while: a cache that is not checked fails every one of these.
 */
class AuditChainUnderRollbackTest {
    @TempDir
    Path dir;
    private final List<Connection> open = new ArrayList<>();

    @BeforeEach
    void migrate() {
        Database.open(new DataFolder(dir)).close();
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    /** A session of its own, as another program (or another connection of the pool) would have. */
    private Connection session() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("branch-ledger"), "sa", "");
        open.add(c);
        return c;
    }

    private static void setting(Connection c, String key) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO setting VALUES ('" + key + "', 'x')");
        }
    }

    private void assertIntactWithEntriesFor(String... keys) throws SQLException {
        Connection c = session();
        AuditVerifier.Result result = new AuditVerifier(new ChangeDescriber()).verify(c);
        assertTrue(result.intact(), result.problems().toString());
        List<String> logged = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT row_key FROM audit_log WHERE table_name = 'setting' ORDER BY id")) {
            while (rs.next()) {
                logged.add(rs.getString(1));
            }
        }
        assertEquals(List.of(keys), logged);
    }

    @Test
    void aRolledBackTransactionLeavesNoEntryAndTheNextOneChainsToTheNewestThatStayed() throws SQLException {
        Connection c = session();
        setting(c, "a");
        c.setAutoCommit(false);
        setting(c, "b");
        setting(c, "c");
        c.rollback();
        setting(c, "d");
        c.commit();
        assertIntactWithEntriesFor("a", "d");
    }

    @Test
    void aSavepointRolledBackInsideATransaction() throws SQLException {
        Connection c = session();
        c.setAutoCommit(false);
        setting(c, "a");
        Savepoint nested = c.setSavepoint();
        setting(c, "b");
        c.rollback(nested);
        setting(c, "c");
        c.commit();
        assertIntactWithEntriesFor("a", "c");
    }

    @Test
    void aStatementThatFailsAfterItsFirstRowsWereAudited() throws SQLException {
        Connection c = session();
        c.setAutoCommit(false);
        setting(c, "a");
        try (Statement s = c.createStatement()) {
            // b and c are inserted and audited, then the second a fails: H2 undoes the whole statement
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO setting VALUES ('b', 'x'), ('c', 'x'), ('a', 'x')"));
        }
        setting(c, "d");
        c.commit();
        assertIntactWithEntriesFor("a", "d");
    }

    @Test
    void anotherSessionWroteBetweenTwoEntriesOfThisOne() throws SQLException {
        Connection one = session();
        Connection two = session();
        setting(one, "a");
        setting(two, "b");
        setting(one, "c");
        setting(two, "d");
        setting(one, "e");
        assertIntactWithEntriesFor("a", "b", "c", "d", "e");
    }

    @Test
    void theNewestEntryDeletedByHandBetweenTwoWrites() throws SQLException {
        Connection c = session();
        setting(c, "a");
        setting(c, "b");
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER setting_audit");
            s.executeUpdate("DELETE FROM setting WHERE setting_key = 'b'");
            s.executeUpdate("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)");
            s.execute("CREATE FORCE TRIGGER setting_audit AFTER INSERT, UPDATE, DELETE ON setting FOR EACH ROW"
                    + " CALL '" + AuditTrigger.class.getName() + "'");
        }
        setting(c, "c");
        // a cut at the end with its row is invisible to the chain (the head file is for that); c follows a
        assertIntactWithEntriesFor("a", "c");
    }
}
