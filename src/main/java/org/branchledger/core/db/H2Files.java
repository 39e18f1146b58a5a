package org.branchledger.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The data folder's H2 file: its URL and settings, the password form H2 takes for an encrypted file, and opening
 * it (a pool for {@link Database}, a single connection for the copies {@link Compaction}, {@link FreshDatabase}
 * and {@link TableDigest} work on).
 */
final class H2Files {
    /** H2 error codes that mean "this password does not open this file". */
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int FILE_ENCRYPTION_ERROR = 90049;
    private static final int FILE_CORRUPTED = 90030;

    private H2Files() {
    }

    /**
     * WRITE_DELAY=0: a commit is on disk before the action reports success. H2's default (500 ms) lost the
     * last half second of committed actions when the process was killed (CrashSafetyTest).
     * TRACE_LEVEL_FILE=0: H2 writes no {@code .trace.db}, a plain-text file that held the values of failed
     * statements even when the database file itself is encrypted.
     * MAX_COMPACT_TIME=0: H2 does not compact the file when it closes (its default spends up to 200 ms on it).
     * That compaction made files that would not open: killed in the middle of a write, opened and closed twice
     * (each close compacting), then a process killed during its first write left "File corrupted while reading
     * record" (bench crash: 3 of 3 trials at the second kill; none in 16 kills without it). Sparse files are
     * compacted by {@link Compaction} instead, on a copy, proven and journalled.
     */
    static String url(Path base) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0";
    }

    /** The file's URL with the encryption H2 is told about when there is a key. */
    static String fileUrl(String base, FileKey key) {
        return key == null ? base : base + ";CIPHER=AES";
    }

    /** H2 takes "filePassword userPassword"; the user password stays empty. */
    static String h2Password(FileKey key) {
        return key == null ? "" : new String(key.h2Password()) + " ";
    }

    /** One connection to the file at {@code base} (H2 adds ".mv.db"), encrypted with {@code key} when not null. */
    static Connection connect(Path base, FileKey key) throws SQLException {
        return DriverManager.getConnection(fileUrl(url(base), key), "sa", h2Password(key));
    }

    /** A pool on the file and its schema brought up to date; {@code migrated[0]} says whether a migration ran. */
    /** A new file's pool at schema {@code version} exactly ({@link Migrations#migrateTo}). */
    static JdbcConnectionPool openPoolAt(String base, FileKey key, int version) {
        JdbcConnectionPool created = JdbcConnectionPool.create(fileUrl(base, key), "sa", h2Password(key));
        try {
            Migrations.migrateTo(created, Engine.H2, version);
            return created;
        } catch (RuntimeException e) {
            created.dispose();
            throw e;
        }
    }

        static JdbcConnectionPool openPool(String base, FileKey key, boolean[] migrated) {
        JdbcConnectionPool created = JdbcConnectionPool.create(fileUrl(base, key), "sa", h2Password(key));
        try {
            migrated[0] = Migrations.migrate(created);
        } catch (SQLException e) {
            created.dispose();
            if (isWrongPassword(e)) {
                throw new WrongPasswordException(e);
            }
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            created.dispose();
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && isWrongPassword(sql)) {
                throw new WrongPasswordException(sql);
            }
            throw e;
        }
        return created;
    }

    private static boolean isWrongPassword(SQLException e) {
        int code = e.getErrorCode();
        return code == WRONG_USER_OR_PASSWORD || code == FILE_ENCRYPTION_ERROR || code == FILE_CORRUPTED;
    }

    /** The plain-text trace file an older build let H2 write beside the database file: removed at open. */
    static void deleteTrace(Path base) {
        try {
            java.nio.file.Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
