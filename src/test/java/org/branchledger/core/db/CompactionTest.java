package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sparse file is rewritten compactly, proven row by row first; anything odd leaves it as it was. */
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
        compactsAndKeepsEveryRow("党支部密码123".toCharArray());
    }

    private void compactsAndKeepsEveryRow(char[] password) throws Exception {
        DataFolder folder = new DataFolder(dir);
        Path file = dir.resolve("branch-ledger.mv.db");
        try (Database db = Database.open(folder, password)) {
            makeSparse(db);
            long before = Files.size(file);
            String digest = db.read(TableDigest::of);

            assertTrue(db.compactIfSparse(password, SMALL), "a file this sparse is compacted");

            assertTrue(Files.size(file) < before / 2, Files.size(file) + " bytes after, " + before + " before");
            assertEquals(digest, db.read(TableDigest::of), "every row as it was");
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('乙村党支部', '农村')"));
            assertEquals(List.of("branch-ledger.mv.db"), leftovers());
        }
        try (Database again = Database.open(folder, password)) {
            int found = again.read(c -> count(c, "SELECT COUNT(*) FROM branch WHERE name = '乙村党支部'"));
            assertEquals(1, found);
            assertFalse(again.compactIfSparse(password, SMALL), "compact now: nothing to do");
        }
    }

    @Test
    void aFileThatIsNotSparseIsLeftAlone() throws Exception {
        Path file = dir.resolve("branch-ledger.mv.db");
        try (Database db = Database.open(new DataFolder(dir))) {
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
            long size = Files.size(file);
            assertFalse(db.compactIfSparse(null));
            assertEquals(size, Files.size(file));
        }
    }

    @Test
    void whenTheCopyCannotBeMadeTheFileStaysAndOpens() throws Exception {
        try (Database db = Database.open(new DataFolder(dir))) {
            makeSparse(db);
            String digest = db.read(TableDigest::of);
            Path blocked = dir.resolve("branch-ledger-compacting.mv.db");
            Files.createDirectories(blocked.resolve("in-the-way")); // the copy's place is a folder, not empty

            assertFalse(db.compactIfSparse(null, SMALL));

            assertEquals(digest, db.read(TableDigest::of));
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('丙村党支部', '农村')"));
            assertTrue(Files.isDirectory(blocked), "what was in the way is not touched");
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
