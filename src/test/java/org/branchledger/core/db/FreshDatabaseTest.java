package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new folder's database is made from the build's schema script, the same as the migrations make it. */
class FreshDatabaseTest {
    @TempDir
    Path dir;

    /**
     * The schema as H2 writes it out, without data (Flyway's history differs only in when it was applied), in
     * a fixed order: H2 writes objects in the order they were made, which the script does not keep.
     */
    private static List<String> schema(Connection c) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void theScriptMakesTheSameSchemaAsTheMigrations() throws Exception {
        assertNotNull(FreshDatabase.class.getResource(FreshDatabase.SCRIPT), "the build writes the script");
        List<String> fromScript;
        try (Database db = Database.open(new DataFolder(dir.resolve("script")))) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            fromScript = db.read(FreshDatabaseTest::schema);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("flyway/db"), "sa", "");
        try (Connection c = pool.getConnection()) {
            assertTrue(Migrations.migrate(pool), "Flyway ran every migration");
            assertEquals(schema(c), fromScript);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void everyLaterNewFolderOfAProcessIsTheSameSchemaDatedWhenItWasMade() throws Exception {
        List<String> first;
        try (Database db = Database.open(new DataFolder(dir.resolve("first")))) {
            first = db.read(FreshDatabaseTest::schema);
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
        }
        Thread.sleep(20);
        String before = "TIMESTAMP '" + java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .toString().replace('T', ' ') + "'";
        Thread.sleep(20);
        String datedBefore = "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"installed_on\" < " + before;
        try (Database db = Database.open(new DataFolder(dir.resolve("first")))) {
            assertTrue(count(db, datedBefore) > 0, "the first folder's history is dated before");
        }
        for (String name : List.of("second", "third")) {
            try (Database db = Database.open(new DataFolder(dir.resolve(name)))) {
                assertEquals(Migrations.LATEST, db.schemaVersion());
                assertEquals(first, db.read(FreshDatabaseTest::schema), name);
                assertEquals(0, count(db, "SELECT COUNT(*) FROM branch"), name + ": nothing of the first folder's rows");
                assertEquals(0, count(db, datedBefore), name + ": its history dated when it was made, not the first's");
                db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('乙村党支部', '农村')"));
                assertEquals(1, count(db, "SELECT COUNT(*) FROM branch"));
            }
        }
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void anEncryptedNewFolderToo() throws Exception {
        FileKey password = FileKey.derive("党支部密码123".toCharArray(), FileKey.newSalt(), 1000);
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.open(folder, password)) {
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
        }
        try (Database again = Database.open(folder, password)) {
            int branches = again.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM branch")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, branches);
        }
        assertFalse(new String(Files.readAllBytes(dir.resolve("branch-ledger.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("flyway_schema_history"), "the file is encrypted");
    }

    @Test
    void aDatabaseLeftHalfMadeByAKilledStartIsMadeAgain() throws Exception {
        Path halfMade = dir.resolve("branch-ledger-new.mv.db");
        Files.write(halfMade, new byte[] {1, 2, 3}); // not even an H2 file
        // killed while H2 compacted it: its copy half written, or on the way back under the file's name
        Path compacting = dir.resolve("branch-ledger-new.mv.db.tempFile");
        Path renaming = dir.resolve("branch-ledger-new.mv.db.newFile");
        Files.write(compacting, new byte[] {4, 5});
        Files.write(renaming, new byte[] {6});
        try (Database db = Database.open(new DataFolder(dir))) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
        }
        assertFalse(Files.exists(halfMade));
        assertFalse(Files.exists(compacting));
        assertFalse(Files.exists(renaming));
    }
}
