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
 *
 * <p>The first unencrypted database a process makes this way is kept in memory (about 32 KB, compacted) and copied for
 * the next ones, with Flyway's history dated anew: running the script costs some 50 ms each time. A user's process
 * makes one new folder at most (a restore's staging copy, a new data folder); the tests make hundreds. An encrypted
 * database is always made from the script: its file depends on its key.
 */
final class FreshDatabase {
    static final String SCRIPT = "/db/fresh-schema.sql";
    private static final String MAKING = "-new";
    private static final String DATED = "UPDATE \"flyway_schema_history\" SET \"installed_on\" = LOCALTIMESTAMP";

    /** The first unencrypted database this process made from the script, as H2 left it; null until then. */
    private static volatile byte[] template;

    private FreshDatabase() {
    }

    /** Makes the database at {@code base} (H2 adds ".mv.db"), encrypted with {@code password}, if there is none. */
    static void makeIfMissing(Path base, FileKey password) {
        Path file = file(base);
        Path making = file(base.resolveSibling(base.getFileName() + MAKING));
        try {
            Files.deleteIfExists(making); // a start killed while making it, or while H2 compacted it:
            Files.deleteIfExists(sibling(making, ".tempFile")); // H2 compacts into this file,
            Files.deleteIfExists(sibling(making, ".newFile")); // and renames through this one where it cannot atomically
            if (Files.exists(file) || FreshDatabase.class.getResource(SCRIPT) == null) {
                return;
            }
            Path makingBase = base.resolveSibling(base.getFileName() + MAKING);
            byte[] copy = password == null ? template : null;
            if (copy != null) {
                Files.createDirectories(making.getParent()); // as H2 makes them for a file of its own
                Files.write(making, copy);
            }
            try (Connection c = H2Files.connect(makingBase, password); Statement s = c.createStatement()) {
                if (copy == null) {
                    s.execute("RUNSCRIPT FROM 'classpath:" + SCRIPT + "'");
                }
                s.executeUpdate(DATED); // Flyway's history says when each migration was applied: here, now
                if (copy == null) {
                    // The script's ~160 commits leave as many chunks, 2 MB; compacted, the file is ~32 KB
                    s.execute("SHUTDOWN COMPACT");
                }
            }
            if (copy == null && password == null) {
                template = Files.readAllBytes(making);
            }
            Files.move(making, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            // Flyway makes it instead, and says what is wrong if it cannot either
            deleteQuietly(making);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
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
