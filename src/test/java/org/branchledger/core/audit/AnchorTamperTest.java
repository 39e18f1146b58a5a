package org.branchledger.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/**
 * `verify` with no file against a database edited by someone who knows the hash chain: the newest rows cut
 * together with their entries, a middle entry deleted and the chain rebuilt after it, a row changed with the
 * trigger in place. Each leaves the chain and the data consistent with each other; only the anchors kept
 * outside the database (the head file, the backups, the printed ledger) can tell.
 */
class AnchorTamperTest {
    private static final String TRIGGER = "CREATE FORCE TRIGGER branch_audit AFTER INSERT, UPDATE, DELETE ON branch"
            + " FOR EACH ROW CALL 'org.branchledger.core.audit.AuditTrigger'";

    @TempDir
    Path dir;
    Path data;
    CliRun cli;

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "12", "--sessions", "3");
    }

    private Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("branch-ledger"), "sa", "");
    }

    private void tamper(String... sql) throws Exception {
        try (Connection c = open(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private long newestEntry() throws Exception {
        try (Connection c = open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(id) FROM audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes the branch rows added after entry {@code mark} and every entry after it: the trail stays whole. */
    private void cutTailAfter(long mark) throws Exception {
        tamper("DROP TRIGGER branch_audit",
                "DELETE FROM branch WHERE id IN (SELECT CAST(row_key AS BIGINT) FROM audit_log WHERE id > " + mark
                        + " AND table_name = 'branch')",
                "DELETE FROM audit_log WHERE id > " + mark,
                TRIGGER);
    }

    @Test
    void anUntouchedDatabaseIsIntactAndSaysWhatItComparedWith() {
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        assertTrue(Files.isRegularFile(data.resolve(AuditHead.FILE_NAME)));
        assertEquals(0, cli.run("verify"), cli.out());
        assertTrue(cli.out().startsWith("操作记录完整: "), cli.out());
        assertTrue(cli.out().contains("数据库旁的记录文件 1 个"), cli.out());
    }

    @Test
    void theNewestRowsCutWithTheirEntriesAreFoundByTheHeadFile() throws Exception {
        long mark = newestEntry();
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        assertEquals(0, cli.run("branch", "add", "新增支部乙"), cli.err());
        long head = newestEntry();
        cutTailAfter(mark);

        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("操作记录被截短: 数据库旁的记录文件“audit-head”记录到第 " + head + " 条(校验码 "),
                cli.out());
        assertTrue(cli.out().contains("数据库中只到第 " + mark + " 条"), cli.out());
        assertFalse(cli.out().contains("数据与操作记录不符"), "the cut itself leaves data and trail consistent");
    }

    @Test
    void aCutIsStillFoundAfterTheProgramWroteAgainAndByABackup() throws Exception {
        long mark = newestEntry();
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        assertEquals(0, cli.run("backup", "--out", data.resolve("backups").resolve("手动备份.blbak").toString()),
                cli.err());
        long head = newestEntry();
        cutTailAfter(mark);
        // The program runs again and writes: the head it can no longer find in the trail is kept, not overwritten.
        assertEquals(0, cli.run("branch", "add", "新增支部丙"), cli.err());

        assertEquals(5, cli.run("verify"), cli.out());
        // The trail goes on past the cut now, so the anchored entry is found missing rather than beyond the end.
        assertTrue(cli.out().contains("操作记录第 " + head + " 条已不在数据库中，而备份“手动备份.blbak”记有这一条"), cli.out());
        assertTrue(cli.out().matches("(?s).*操作记录第 " + head + " 条已不在数据库中，而数据库旁的记录文件“audit-head-kept-[^”]+”.*"),
                cli.out());
    }

    @Test
    void aCutIsFoundByAPrintedLedgerEvenWithTheHeadFileAndBackupsGone() throws Exception {
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        long mark = newestEntry();
        assertEquals(0, cli.run("branch", "add", "新增支部乙"), cli.err());
        Path pdf = dir.resolve("花名册.pdf");
        assertEquals(0, cli.run("ledger", "roster", "--branch", "新增支部乙", "--year", "2026", "--out", pdf.toString()),
                cli.err());
        long atPrint = newestEntry() - 1; // the print record's own entry comes after the head it recorded
        assertEquals(0, cli.run("verify", pdf.toString()), cli.out());
        tamper("DELETE FROM print_log");
        tamper("DROP TRIGGER print_log_audit");
        cutTailAfter(mark);
        Files.delete(data.resolve(AuditHead.FILE_NAME));

        assertEquals(5, cli.run("verify", pdf.toString()), cli.out());
        assertTrue(cli.out().contains("操作记录被截短: 台账文件“花名册.pdf”记录到第 " + atPrint + " 条"), cli.out());
    }

    @Test
    void aMiddleEntryDeletedAndTheChainRebuiltIsFoundByTheAnchors() throws Exception {
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        long deleted;
        try (Connection c = open(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM audit_log WHERE table_name = 'branch'")) {
                rs.next();
                deleted = rs.getLong(1);
            }
        }
        assertEquals(0, cli.run("branch", "add", "新增支部乙"), cli.err());
        long head = newestEntry();
        tamper("DROP TRIGGER branch_audit", "DELETE FROM branch WHERE name = '新增支部甲'",
                "DELETE FROM audit_log WHERE id = " + deleted, TRIGGER);
        rehashFrom(deleted);
        // The rebuilt chain alone looks whole:
        assertFalse(anyChainProblem(), "the chain was rebuilt");

        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("操作记录第 " + head + " 条与数据库旁的记录文件“audit-head”中记下的不同"), cli.out());
    }

    @Test
    void aRowChangedWithTheTriggerInPlaceIsNamed() throws Exception {
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        long head = newestEntry();
        tamper("UPDATE member SET mobile = '13900000000' WHERE id = 3");

        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("数据库旁的记录文件“audit-head”只记到第 " + head + " 条，之后的 1 条记录不是本程序写入的"),
                cli.out());
        assertTrue(cli.out().contains("第一条是第 " + (head + 1) + " 条: "), cli.out());
        assertTrue(cli.out().matches("(?s).*修改党员“[^”]+”：手机号.*"), cli.out());
    }

    @Test
    void restoringAnOlderBackupIsNoCut() throws Exception {
        Path backup = data.resolve("backups").resolve("旧的.blbak");
        assertEquals(0, cli.run("backup", "--out", backup.toString()), cli.err());
        assertEquals(0, cli.run("branch", "add", "新增支部甲"), cli.err());
        assertEquals(0, cli.run("backup", "--out", data.resolve("backups").resolve("新的.blbak").toString()), cli.err());
        assertEquals(0, cli.run("restore", backup.toString()), cli.err());
        assertEquals(0, cli.run("branch", "add", "新增支部乙"), cli.err());

        assertEquals(0, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("早于"), cli.out());
    }

    private boolean anyChainProblem() throws Exception {
        try (Connection c = open()) {
            return !new AuditVerifier(new ChangeDescriber()).verify(c).intact();
        }
    }

    /** Recomputes every entry's hash from {@code id} on, as someone who read AuditChain would. */
    private void rehashFrom(long id) throws Exception {
        try (Connection c = open()) {
            String prev;
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    prev = rs.next() ? rs.getString(1) : AuditTrigger.GENESIS;
                }
            }
            record Row(long id, LocalDateTime at, String table, String key, String action, String before, String after,
                       String actor) {
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, table_name, row_key, action, before_data,"
                    + " after_data, actor FROM audit_log WHERE id > ? ORDER BY id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
                for (Row r : rows) {
                    String hash = AuditChain.hash(prev, r.at(), r.table(), r.key(), r.action(), r.before(), r.after(),
                            r.actor());
                    up.setString(1, prev);
                    up.setString(2, hash);
                    up.setLong(3, r.id());
                    up.executeUpdate();
                    prev = hash;
                }
            }
        }
    }
}
