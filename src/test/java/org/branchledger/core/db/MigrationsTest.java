package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @Test
    void latestMatchesTheNewestMigrationFile() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> version.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(newest, Migrations.LATEST, "update Migrations.LATEST with each new migration");
    }

    @Test
    void aNewDatabaseIsMigratedToTheLatestVersion(@TempDir Path dir) throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        try {
            assertEquals(-1, Migrations.appliedVersion(pool));
            Migrations.migrate(pool);
            assertEquals(Migrations.LATEST, Migrations.appliedVersion(pool));
            Migrations.migrate(pool); // nothing to do, and no error
            assertEquals(Migrations.LATEST, Migrations.appliedVersion(pool));
        } finally {
            pool.dispose();
        }
    }

    @Test
    void everyBranchGetsItsOwnIdentityExistingOnesIncluded(@TempDir Path dir) throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        try {
            org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("11")
                    .load().migrate();
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO branch (name) VALUES ('东风村党支部'), ('红旗村党支部')");
            }
            Migrations.migrate(pool);
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO branch (name) VALUES ('新建村党支部')");
                java.util.Set<String> ids = new java.util.HashSet<>();
                try (java.sql.ResultSet rs = s.executeQuery("SELECT uuid, reported_at FROM branch")) {
                    while (rs.next()) {
                        java.util.UUID.fromString(rs.getString(1).strip());
                        ids.add(rs.getString(1));
                        assertEquals(null, rs.getObject(2), "a branch kept here is not received data");
                    }
                }
                assertEquals(3, ids.size(), "each branch its own identity: " + ids);
                try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE table_name = 'branch'"
                        + " AND action = 'UPDATE' AND after_data LIKE '%\"uuid\":\"%'")) {
                    rs.next();
                    assertEquals(2, rs.getInt(1), "the trail records the identity given to each existing branch");
                }
            }
        } finally {
            pool.dispose();
        }
    }

    /**
     * H2 commits a sequence on a session of its own each time its cache runs out, and with WRITE_DELAY=0 that
     * writes the whole open transaction so far to the file: a small cache makes big imports slow and the
     * file large (V14).
     */
    @Test
    void everyIdentityColumnHandsOutNumbersFromALargeCache(@TempDir Path dir) throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        try (java.sql.Connection c = pool.getConnection()) {
            Migrations.migrate(pool);
            java.util.List<String> small = new java.util.ArrayList<>();
            int identities = 0;
            try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME, IDENTITY_CACHE"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
                while (rs.next()) {
                    identities++;
                    if (rs.getLong(2) < 10_000) {
                        small.add(rs.getString(1) + " " + rs.getLong(2));
                    }
                }
            }
            assertEquals(java.util.List.of(), small);
            org.junit.jupiter.api.Assertions.assertTrue(identities >= 19, "identity columns found: " + identities);
        } finally {
            pool.dispose();
        }
    }
}
