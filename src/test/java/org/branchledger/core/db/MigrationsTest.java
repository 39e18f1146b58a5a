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
}
