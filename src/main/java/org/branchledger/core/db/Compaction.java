package org.branchledger.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites a database file compactly when less than half of it is in use: after many commits written one
 * by one it can be ten times larger than its data, and every backup then reads all of it (10 s instead
 * of 1 s for the demo branch). Never in place: a copy is compacted, opened again and compared with the
 * open data, every row of every table ({@link TableDigest}), and only then replaces the file in one
 * rename; the old file stays under a second name until the new one has opened. Any doubt leaves the file
 * as it was. Nothing is written meanwhile.
 */
final class Compaction {
    private final Database db;
    private final Path file;
    private final Path copyBase;
    private final Path copy;
    private final Path kept;

    Compaction(Database db, Path base) {
        this.db = db;
        this.file = mvFile(base);
        this.copyBase = base.resolveSibling(base.getFileName() + "-compacting");
        this.copy = mvFile(copyBase);
        this.kept = base.resolveSibling(base.getFileName() + ".mv.db.before-compacting");
    }

    /** @return whether the file was replaced by a compacted one */
    boolean run(char[] password, long minBytes) throws IOException {
        db.holdWrites();
        try {
            String before = db.read(c -> sparse(c, minBytes) ? TableDigest.of(c) : null);
            if (before == null) {
                return false;
            }
            return db.whileClosed(() -> compactCopyAndSwap(before, password), password);
        } catch (Exception | LinkageError e) {
            // Compacting is only for speed: whatever went wrong, the old file goes back as it was and opens
            // again (if even that fails, the failure is the caller's to report).
            if (Files.exists(kept)) {
                Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!db.isOpen()) {
                db.reopen(password);
            }
            return false;
        } finally {
            db.releaseWrites();
            deleteQuietly(copy);
            deleteQuietly(copyBase.resolveSibling(copyBase.getFileName() + ".trace.db"));
            if (db.isOpen()) {
                deleteQuietly(kept);
            }
        }
    }

    /** With the database closed: compact a copy, prove it, swap it in. */
    private boolean compactCopyAndSwap(String before, char[] password) throws IOException, SQLException {
        Files.deleteIfExists(copy);
        Files.copy(file, copy);
        try (Connection c = connection(password); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        String after;
        try (Connection c = connection(password)) {
            after = TableDigest.of(c);
        }
        if (!before.equals(after)) {
            return false;
        }
        // The old file stays reachable as `kept` (a second name for it, or a copy), and the new one replaces
        // it in one rename: at no moment is there no database file under its own name.
        Files.deleteIfExists(kept);
        try {
            Files.createLink(kept, file);
        } catch (UnsupportedOperationException | IOException noLink) {
            Files.copy(file, kept);
        }
        Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Over {@code minBytes} and the lower of live space in the file and live pages in its chunks under half. */
    private static boolean sparse(Connection c, long minBytes) throws SQLException {
        long used = 100;
        long size = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE', 'info.FILE_SIZE')")) {
            while (rs.next()) {
                long v = Long.parseLong(rs.getString(2).trim());
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = v;
                } else {
                    used = Math.min(used, v);
                }
            }
        }
        return used < 50 && size > minBytes;
    }

    /** A connection of its own to the copy (not the pool's), with the same password handling. */
    private Connection connection(char[] password) throws SQLException {
        return DriverManager.getConnection(Database.fileUrl(Database.url(copyBase), password), "sa",
                Database.h2Password(password));
    }

    private static Path mvFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException ignored) {
            // a leftover copy is only disk space; the next compaction starts by removing it
        }
    }
}
