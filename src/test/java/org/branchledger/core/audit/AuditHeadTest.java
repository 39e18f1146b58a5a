package org.branchledger.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The head file beside the database in each state a kill can leave it: written before the commit only
 * (the commit never happened), or committed but not yet rewritten. Neither is a cut.
 */
class AuditHeadTest {
    @TempDir
    Path dir;
    Path data;
    CliRun cli;
    AuditAnchor before;
    AuditAnchor after;

    @BeforeEach
    void twoWrites() throws Exception {
        data = dir.resolve("data");
        cli = new CliRun(data);
        assertEquals(0, cli.run("branch", "add", "甲支部"), cli.err());
        before = head();
        assertEquals(0, cli.run("branch", "add", "乙支部"), cli.err());
        after = head();
        assertTrue(after.seq() > before.seq());
    }

    private AuditAnchor head() throws Exception {
        Properties p = new Properties();
        p.load(new java.io.StringReader(Files.readString(data.resolve(AuditHead.FILE_NAME), StandardCharsets.UTF_8)));
        assertFalse(p.containsKey("pending"), "a finished transaction leaves no pending head");
        return AuditAnchor.parse(p.getProperty("head")).orElseThrow();
    }

    private void writeHead(AuditAnchor committed, AuditAnchor pending) throws Exception {
        Files.writeString(data.resolve(AuditHead.FILE_NAME), "head=" + committed.text() + "\npending=" + pending.text()
                + "\nwritten=2026-12-01T10:00\n", StandardCharsets.UTF_8);
    }

    @Test
    void killedAfterTheCommitBeforeTheSecondWrite() throws Exception {
        writeHead(before, after);
        assertEquals(0, cli.run("verify"), cli.out());
    }

    @Test
    void killedBeforeTheCommit() throws Exception {
        writeHead(after, new AuditAnchor(after.seq() + 3, "ab".repeat(32)));
        assertEquals(0, cli.run("verify"), cli.out());
        // and the next write takes the file over without keeping it aside
        assertEquals(0, cli.run("branch", "add", "丙支部"), cli.err());
        assertTrue(head().seq() > after.seq());
        assertEquals(0, cli.run("verify"), cli.out());
    }

    @Test
    void aHeadAheadOfTheTrailIsACut() throws Exception {
        writeHead(new AuditAnchor(after.seq() + 3, "ab".repeat(32)), new AuditAnchor(after.seq() + 4, "cd".repeat(32)));
        assertEquals(5, cli.run("verify"), cli.out());
        assertTrue(cli.out().contains("操作记录被截短: 数据库旁的记录文件“audit-head”记录到第 " + (after.seq() + 3) + " 条(校验码 ABABABAB)"),
                cli.out());
    }
}
