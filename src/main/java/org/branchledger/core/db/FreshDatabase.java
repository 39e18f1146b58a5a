package org.branchledger.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new data folder's database, made from the schema script the build writes from the migrated codegen
 * database ({@code db/fresh-schema.sql}: every table, index, trigger and sequence, and Flyway's history of
 * the migrations that made them) instead of by running each migration through Flyway, which costs about a
 * second of a first start and of every import into a new folder. The file is made under another name and
 * renamed into place only when complete, so a kill part-way leaves no half-made database: the next start
 * makes it again. A database the script leaves behind the newest migration is brought up to date by Flyway
 * as usual; without the script (a build that did not write it) Flyway makes the whole database.
 */
final class FreshDatabase {
    static final String SCRIPT = "/db/fresh-schema.sql";
    private static final String MAKING = "-new";

    private FreshDatabase() {
    }

    /** Makes the database at {@code base} (H2 adds ".mv.db"), encrypted with {@code password}, if there is none. */
    static void makeIfMissing(Path base, FileKey password) {
        Path file = file(base);
        Path making = file(base.resolveSibling(base.getFileName() + MAKING));
        try {
            Files.deleteIfExists(making); // a start killed while making it
            if (Files.exists(file) || FreshDatabase.class.getResource(SCRIPT) == null) {
                return;
            }
            try (Connection c = H2Files.connect(base.resolveSibling(base.getFileName() + MAKING), password);
                 Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM 'classpath:" + SCRIPT + "'");
                // Flyway's history says when each migration was applied: here, now
                s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"installed_on\" = LOCALTIMESTAMP");
            }
            Files.move(making, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            // Flyway makes it instead, and says what is wrong if it cannot either
            deleteQuietly(making);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next start, which deletes it first
        }
    }
}
