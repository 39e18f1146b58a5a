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

    /**
     * H2 commits a sequence on a session of its own each time its cache runs out, and with WRITE_DELAY=0 that
     * writes the whole open transaction so far to the file: a small cache makes big imports slow and the
     * file large (V12).
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
