package org.branchledger.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rewrites a database file compactly when less than half of it is in use: after many commits written one
 * by one it can be ten times larger than its data, and every backup then reads all of it (10 s instead
 * of 1 s for the demo branch). Never in place, and as a journalled step ({@link FileJournal}): a copy is
 * compacted in the journal's staging folder, opened again and compared with the open data, every row of
 * every table ({@link TableDigest}), and only then committed and swapped in by renames; the old file is
 * kept until the new one has opened. Any doubt leaves the file as it was. Nothing is written meanwhile.
 */
final class Compaction {
    static final String STEP = "compaction";
    private final Database db;
    private final Path dir;
    private final String fileName;

    Compaction(Database db, Path base) {
        this.db = db;
        this.dir = base.getParent();
        this.fileName = base.getFileName() + ".mv.db";
    }

    /** @param minBytes negative: compact whatever the file's size and fill (the crash trial)
     * @return whether the file was replaced by a compacted one */
    boolean run(long minBytes) throws IOException {
        db.holdWrites();
        FileKey key = db.key();
        FileJournal journal = null;
        try {
            String before = db.read(c -> minBytes < 0 || sparse(c, minBytes) ? TableDigest.of(c) : null);
            if (before == null) {
                return false;
            }
            journal = FileJournal.begin(dir, STEP, List.of(fileName), null);
            FileJournal j = journal;
            boolean swapped = db.whileClosed(() -> compactCopyAndSwap(j, before, key), key);
            if (swapped) {
                journal.finish();
            } else {
                journal.undo();
            }
            return swapped;
        } catch (Exception | LinkageError e) {
            // Compacting is only for speed: whatever went wrong, the old file goes back as it was and opens
            // again (if even that fails, the failure is the caller's to report).
            if (journal != null) {
                journal.undo();
            }
            if (!db.isOpen()) {
                db.reopen(key);
            }
            return false;
        } finally {
            db.releaseWrites();
        }
    }

    /** With the database closed: compact a copy, prove it, commit, swap it in. */
    private boolean compactCopyAndSwap(FileJournal journal, String before, FileKey key)
            throws IOException, SQLException {
        Path copy = journal.staged(fileName);
        Path copyBase = copy.resolveSibling(fileName.substring(0, fileName.length() - ".mv.db".length()));
        Files.copy(dir.resolve(fileName), copy);
        try (Connection c = connection(copyBase, key); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        String after;
        try (Connection c = connection(copyBase, key)) {
            after = TableDigest.of(c);
        }
        if (!before.equals(after)) {
            return false;
        }
        journal.commit();
        journal.apply();
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

    /** A connection of its own to the copy (not the pool's), with the same key. */
    private static Connection connection(Path copyBase, FileKey key) throws SQLException {
        return H2Files.connect(copyBase, key);
    }
}
