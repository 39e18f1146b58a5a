package org.branchledger.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.Engines;
import org.branchledger.testing.Engines.OnBothEngines;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/** `verify` with no file: a database edited outside the program is found, naming the first broken entry. */
@OnBothEngines
class AuditTamperTest {
    @TempDir
    Path dir;
    Path data;
    CliRun cli;

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "15");
    }

    /**
     * Opens the database the way a tamperer would: the file with H2's own JDBC, or the server's database with
     * PostgreSQL's (under {@link Engines}' switch), none of the program's checks.
     */
    private static void tamper(Path folder, String... sql) throws Exception {
        Optional<String> server = Engines.database(folder);
        try (Connection c = server.isPresent()
                ? DriverManager.getConnection(PgCluster.jdbc(server.get()), PgCluster.USER, PgCluster.PASSWORD)
                : DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("branch-ledger"), "sa", "");
             Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** A trigger dropped: each engine's own statement. */
    private static String dropTrigger(String table) {
        return "DROP TRIGGER " + table + "_audit" + (Engines.onServer() ? " ON " + table : "");
    }

    @Test
    void anUntouchedDatabaseIsIntact() {
        assertEquals(0, cli.run("verify"), cli.out());
        assertTrue(cli.out().startsWith("操作记录完整: "), cli.out());
    }

    @Test
    void aRowChangedWithTheTriggerBypassedIsFound() throws Exception {
        String change = "UPDATE member SET mobile = '13900000000', name = '改过的名字' WHERE id = 3";
        if (Engines.onServer()) {
            tamper(data, "ALTER TABLE member DISABLE TRIGGER member_audit", change,
                    "ALTER TABLE member ENABLE TRIGGER member_audit");
        } else {
            tamper(data, dropTrigger("member"), change,
                    "CREATE FORCE TRIGGER member_audit AFTER INSERT, UPDATE, DELETE ON member FOR EACH ROW"
                            + " CALL 'org.branchledger.core.audit.AuditTrigger'");
        }
        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().startsWith("操作记录不完整"), cli.out());
        assertTrue(cli.out().contains("党员“改过的名字”，编号 3"), cli.out());
        assertTrue(cli.out().contains("该行最后一条正常记录是第 "), cli.out());
    }

    @Test
    void anEditedAuditEntryBreaksTheChainThere() throws Exception {
        tamper(data, "UPDATE audit_log SET after_data = REPLACE(after_data, '\"gender\":\"男\"', '\"gender\":\"女\"')"
                + " WHERE id = (SELECT MIN(id) FROM audit_log WHERE table_name = 'member'"
                + " AND after_data LIKE '%\"gender\":\"男\"%')");
        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().matches("(?s).*操作记录第 \\d+ 条被改动过\\(.*新增党员“.*"), cli.out());
    }

    @Test
    void aDeletedAuditEntryBreaksTheChainAfterIt() throws Exception {
        tamper(data, "DELETE FROM audit_log WHERE id = 10");
        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("操作记录第 11 条之前有记录被删除或改动"), cli.out());
    }

    @Test
    void aDroppedTriggerIsReported() throws Exception {
        tamper(data, dropTrigger("attendance"));
        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("“出勤记录”的改动不再留下操作记录"), cli.out());
    }
}
