package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.branchledger.testing.KillPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sparse file is rewritten compactly, proven row by row first; anything odd leaves it as it was. */
@org.junit.jupiter.api.Tag("slow") // file-level: rewrites real database files (issue 19: real files for crash, backup and encryption tests; not in the fast group)
class CompactionTest {
    private static final long SMALL = 256 * 1024;

    @TempDir
    Path dir;

    @Test
    void aSparseFileIsRewrittenSmallerWithTheSameRows() throws Exception {
        compactsAndKeepsEveryRow(null);
    }

    @Test
    void anEncryptedSparseFileToo() throws Exception {
        compactsAndKeepsEveryRow(FileKey.derive("党支部密码123".toCharArray(), FileKey.newSalt(), 1000));
    }

    private void compactsAndKeepsEveryRow(FileKey password) throws Exception {
        DataFolder folder = new DataFolder(dir);
        Path file = dir.resolve("branch-ledger.mv.db");
        try (Database db = Database.open(folder, password)) {
            makeSparse(db);
            long before = Files.size(file);
            String digest = db.read(TableDigest::of);

            assertTrue(db.compactIfSparse(SMALL), "a file this sparse is compacted");

            assertTrue(Files.size(file) < before / 2, Files.size(file) + " bytes after, " + before + " before");
            assertEquals(digest, db.read(TableDigest::of), "every row as it was");
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('乙村党支部', '农村')"));
            assertEquals(List.of("branch-ledger.mv.db"), leftovers());
        }
        try (Database again = Database.open(folder, password)) {
            int found = again.read(c -> count(c, "SELECT COUNT(*) FROM branch WHERE name = '乙村党支部'"));
            assertEquals(1, found);
            assertFalse(again.compactIfSparse(SMALL), "compact now: nothing to do");
        }
    }

    @Test
    void aFileThatIsNotSparseIsLeftAlone() throws Exception {
        Path file = dir.resolve("branch-ledger.mv.db");
        try (Database db = Database.open(new DataFolder(dir))) {
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
            long size = Files.size(file);
            assertFalse(db.compactIfSparse());
            assertEquals(size, Files.size(file));
        }
    }

    @Test
    void whenTheStepFailsHalfWayTheFileStaysAndOpens() throws Exception {
        try (Database db = Database.open(new DataFolder(dir))) {
            makeSparse(db);
            String digest = db.read(TableDigest::of);
            org.branchledger.core.db.StepWatch.watch(point -> {
                if (point.equals("prepared")) {
                    throw new IllegalStateException("the disk is full"); // as an IOException while copying would
                }
            });
            try {
                assertFalse(db.compactIfSparse(SMALL));
            } finally {
                org.branchledger.core.db.StepWatch.watch(null);
            }
            assertEquals(digest, db.read(TableDigest::of));
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('丙村党支部', '农村')"));
            assertEquals(List.of(), KillPoints.leftovers(dir));
        }
    }

    /**
     * A kill at every point of a compaction: the next start opens the same rows, from the old file before the
     * commit and from the compacted one after it, and nothing of the step is left.
     */
    @Test
    void aKillAtAnyPointLeavesTheOldFileOrTheCompactedOne() throws Exception {
        Path data = dir.resolve("data");
        String digest;
        long sparseSize;
        Map<String, Path> kills;
        try (Database db = Database.open(new DataFolder(data))) {
            makeSparse(db);
            digest = db.read(TableDigest::of);
            sparseSize = Files.size(data.resolve("branch-ledger.mv.db"));
            kills = KillPoints.during(data, dir.resolve("kills"), () -> assertTrue(db.compactIfSparse(SMALL)));
        }
        assertEquals(List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db", "in:branch-ledger.mv.db",
                "applied", "finishing"), List.copyOf(kills.keySet()));
        boolean committed = false;
        for (Map.Entry<String, Path> kill : kills.entrySet()) {
            committed |= kill.getKey().equals("committed");
            Path folder = kill.getValue();
            FileJournal.Recovery r = FileJournal.recover(folder);
            assertEquals(committed ? FileJournal.Recovery.FINISHED : FileJournal.Recovery.UNDONE, r, kill.getKey());
            long size = Files.size(folder.resolve("branch-ledger.mv.db"));
            if (committed) { // before, H2's own close may already have shrunk the old file a little
                assertTrue(size < sparseSize / 2, kill.getKey() + ": " + size + " bytes");
            }
            try (Database db = Database.open(new DataFolder(folder))) {
                assertEquals(digest, db.read(TableDigest::of), kill.getKey());
            }
            assertEquals(List.of(), KillPoints.leftovers(folder), kill.getKey());
        }
    }

    /** Many small commits rewriting the same rows: the file grows, most of it dead. */
    private static void makeSparse(Database db) {
        db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
        db.transaction(tx -> tx.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('test.note', '')"));
        String text = "党员".repeat(450);
        for (int i = 0; i < 400; i++) {
            int n = i;
            db.transaction(tx -> tx.execute("UPDATE setting SET setting_value = ? WHERE setting_key = 'test.note'", text + n));
        }
    }

    private List<String> leftovers() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("branch-ledger") && !n.endsWith(".lock"))
                    .sorted().toList();
        }
    }

    private static int count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
