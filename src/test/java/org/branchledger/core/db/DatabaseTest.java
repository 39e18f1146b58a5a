package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.core.audit.AuditChain;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensAFileInTheDataFolderAndMigratesIt() throws java.io.IOException {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.open(folder)) {
            List<String> tables = db.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC'").getValues(0, String.class);
            assertTrue(tables.containsAll(List.of("BRANCH", "MEMBER", "AUDIT_LOG", "SETTING")), tables.toString());
        }
        assertTrue(Files.exists(dir.resolve("branch-ledger.mv.db")));
        try (Database again = Database.open(folder)) {
            assertEquals(Migrations.LATEST, again.schemaVersion());
            long files;
            try (var s = Files.list(Path.of("src/main/resources/db/migration"))) {
                files = s.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(files, ((Number) again.dsl().fetchValue(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'")).intValue(),
                    "a second open applies nothing new");
        }
    }

    @Test
    void everyInsertUpdateAndDeleteIsAuditedWithBeforeAndAfter() {
        try (Database db = Database.open(new DataFolder(dir))) {
            db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
            db.transaction(tx -> tx.execute("UPDATE branch SET secretary = '王芳' WHERE name = '甲村党支部'"));
            db.transaction(tx -> tx.execute("DELETE FROM branch WHERE name = '甲村党支部'"));

            var log = db.dsl().fetch("SELECT * FROM audit_log ORDER BY id");
            assertEquals(List.of("INSERT", "UPDATE", "DELETE"), log.getValues("ACTION", String.class));
            Record insert = log.get(0);
            Record update = log.get(1);
            Record delete = log.get(2);
            assertEquals("branch", insert.get("TABLE_NAME"));
            assertNull(insert.get("BEFORE_DATA"));
            assertTrue(insert.get("AFTER_DATA", String.class).contains("\"name\":\"甲村党支部\""));
            assertTrue(update.get("BEFORE_DATA", String.class).contains("\"secretary\":null"));
            assertTrue(update.get("AFTER_DATA", String.class).contains("\"secretary\":\"王芳\""));
            assertNotNull(delete.get("BEFORE_DATA"));
            assertNull(delete.get("AFTER_DATA"));
            assertEquals(insert.get("ROW_KEY"), delete.get("ROW_KEY"));
        }
    }

    @Test
    void auditEntriesFormAHashChain() {
        try (Database db = Database.open(new DataFolder(dir))) {
            db.transaction(tx -> tx.execute("INSERT INTO setting VALUES ('a', '1')"));
            db.transaction(tx -> tx.execute("INSERT INTO setting VALUES ('b', '2')"));
            var log = db.dsl().fetch("SELECT * FROM audit_log ORDER BY id");
            String prev = "0".repeat(64);
            for (Record r : log) {
                assertEquals(prev, r.get("PREV_HASH"));
                String expected = AuditChain.hash(prev, r.get("AT", java.time.LocalDateTime.class),
                        r.get("TABLE_NAME", String.class), r.get("ROW_KEY", String.class),
                        r.get("ACTION", String.class), r.get("BEFORE_DATA", String.class),
                        r.get("AFTER_DATA", String.class), r.get("ACTOR", String.class));
                assertNotNull(r.get("ACTOR"), "who made the change");
                assertEquals(expected, r.get("HASH"));
                prev = r.get("HASH", String.class);
            }
            assertEquals(2, log.size());
        }
    }

    @Test
    void aFailedActionLeavesNeitherDataNorAudit() {
        try (Database db = Database.open(new DataFolder(dir))) {
            assertThrows(RuntimeException.class, () -> db.transaction(tx -> {
                tx.execute("INSERT INTO branch (name, kind) VALUES ('乙村党支部', '农村')");
                return tx.execute("INSERT INTO branch (name, kind) VALUES ('乙村党支部', '农村')");
            }));
            assertEquals(0, db.dsl().fetchCount(db.dsl().selectFrom("branch")));
            assertEquals(0, db.dsl().fetchCount(db.dsl().selectFrom("audit_log")));
        }
    }

    @Test
    void everyDataTableHasAnAuditTrigger() {
        try (Database db = Database.open(new DataFolder(dir))) {
            List<String> tables = db.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                    // a page's bytes: its record is its note_attachment row (audited); the bytes stay out of the trail
                    + " AND TABLE_NAME NOT IN ('AUDIT_LOG', 'SCANNED_PAGE', 'flyway_schema_history')")
                    .getValues(0, String.class);
            List<String> audited = db.dsl().fetch("SELECT EVENT_OBJECT_TABLE FROM INFORMATION_SCHEMA.TRIGGERS"
                    + " WHERE JAVA_CLASS = 'org.branchledger.core.audit.AuditTrigger'").getValues(0, String.class);
            for (String table : tables) {
                assertEquals(3, audited.stream().filter(table::equals).count(),
                        table + " needs an INSERT, UPDATE and DELETE audit trigger");
            }
        }
    }
}
