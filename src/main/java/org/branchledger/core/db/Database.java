package org.branchledger.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The embedded H2 database of a data folder, migrated to the newest schema when opened. With a password
 * the file is encrypted (H2's AES file encryption). The file can be closed and opened again in place
 * (restore, password change) while every service keeps its reference to this object.
 */
public final class Database implements AutoCloseable {
    /** H2 error codes that mean "this password does not open this file". */
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int FILE_ENCRYPTION_ERROR = 90049;
    private static final int FILE_CORRUPTED = 90030;

    private final String baseUrl;
    /** The file's base path (H2 adds ".mv.db"); null for a database opened by URL. */
    private final java.nio.file.Path base;
    private final Pool pool = new Pool();
    /** Made on first use: jOOQ's machinery is half a second of class loading, not needed for the first frame. */
    private volatile DSLContext dsl;
    private final Object dslLock = new Object();
    private final java.util.concurrent.locks.ReentrantLock writer = new java.util.concurrent.locks.ReentrantLock(true);
    private java.util.concurrent.CompletableFuture<Void> ready = java.util.concurrent.CompletableFuture.completedFuture(null);

    private Database(String baseUrl, java.nio.file.Path base, JdbcConnectionPool opened) {
        this.baseUrl = baseUrl;
        this.base = base;
        this.pool.current = opened;
    }

    private DSLContext makeDsl() {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(pool);
        configuration.set(SQLDialect.H2);
        configuration.set(new Settings().withExecuteLogging(false));
        configuration.set(new FxThreadGuard());
        return DSL.using(configuration);
    }

    /** Opens (creating if needed) the unencrypted database file of the folder and applies pending migrations. */
    public static Database open(DataFolder folder) {
        return open(folder, null);
    }

    /**
     * Opens the database file of the folder, encrypted with {@code password} when it is not null.
     *
     * @throws WrongPasswordException when the password does not open the file
     */
    public static Database open(DataFolder folder, char[] password) {
        String base = url(folder.databaseBase().toAbsolutePath());
        return new Database(base, folder.databaseBase().toAbsolutePath(), connect(base, password));
    }

    /**
     * Returns at once and opens the file on another thread, so a caller can build everything that needs
     * this object (services, the window) while H2 opens it. Queries wait until the file is open; if it
     * cannot be opened they fail, and so does {@link #ready()}.
     */
    public static Database openLater(DataFolder folder, char[] password) {
        String base = url(folder.databaseBase().toAbsolutePath());
        Database db = new Database(base, folder.databaseBase().toAbsolutePath(), null);
        db.pool.pause();
        // A thread of its own (ends with the task): on two cores the common pool has one worker, busy
        // making the services meanwhile.
        java.util.concurrent.ExecutorService opener = java.util.concurrent.Executors.newSingleThreadExecutor();
        db.ready = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                db.pool.open(connect(base, password));
            } catch (RuntimeException e) {
                db.pool.fail(e);
                throw e;
            }
        }, opener);
        opener.shutdown();
        return db;
    }

    /** Completes when the file is open (at once for {@link #open}); fails when it could not be opened. */
    public java.util.concurrent.CompletableFuture<Void> ready() {
        return ready;
    }

    public static Database openUrl(String url) {
        return new Database(url, null, connect(url, null));
    }

    private static JdbcConnectionPool connect(String base, char[] password) {
        String url = password == null ? base : base + ";CIPHER=AES";
        // H2 takes "filePassword userPassword"; the user password stays empty.
        String h2Password = password == null ? "" : new String(fileKey(password)) + " ";
        JdbcConnectionPool created = JdbcConnectionPool.create(url, "sa", h2Password);
        try {
            Migrations.migrate(created);
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

    /**
     * The file password H2 is given for a user's password: its SHA-256 in hex. H2's JDBC path and its
     * {@code ChangeFileEncryption} tool turn non-ASCII passwords (a Chinese password) into different keys;
     * an ASCII key is read the same way by both. H2 then derives its AES key from it as usual.
     */
    public static char[] fileKey(char[] password) {
        if (password == null) {
            return null;
        }
        try {
            java.nio.CharBuffer chars = java.nio.CharBuffer.wrap(password);
            java.nio.ByteBuffer bytes = java.nio.charset.StandardCharsets.UTF_8.encode(chars);
            byte[] utf8 = new byte[bytes.remaining()];
            bytes.get(utf8);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(utf8);
            java.util.Arrays.fill(utf8, (byte) 0);
            return java.util.HexFormat.of().formatHex(digest).toCharArray();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static boolean isWrongPassword(SQLException e) {
        int code = e.getErrorCode();
        return code == WRONG_USER_OR_PASSWORD || code == FILE_ENCRYPTION_ERROR || code == FILE_CORRUPTED;
    }

    /** The schema version this program writes: a backup from a newer one is refused. */
    public static int latestSchema() {
        return Migrations.LATEST;
    }

    /** The newest migration applied to the open file. */
    public int schemaVersion() {
        try {
            return Migrations.appliedVersion(pool);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Work done on the files while the database is closed. */
    public interface ClosedWork<T> {
        T run() throws Exception;
    }

    /**
     * Closes the file, runs {@code work} on it (replace it, re-encrypt it), and opens it again with
     * {@code password}. If opening fails the database stays closed and the failure is thrown; the caller
     * puts the old file back and calls {@link #reopen(char[])}.
     */
    public synchronized <T> T whileClosed(ClosedWork<T> work, char[] password) throws Exception {
        writer.lock(); // no write transaction runs while the file is away
        try {
            pool.pause();
            closePool();
            T result = work.run();
            pool.open(connect(baseUrl, password));
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** Opens the file again after a failed {@link #whileClosed}. */
    public synchronized void reopen(char[] password) {
        closePool();
        pool.open(connect(baseUrl, password));
    }

    private void closePool() {
        JdbcConnectionPool old = pool.current;
        pool.current = null;
        if (old != null) {
            old.dispose(); // the last connection closing closes the H2 file cleanly
        }
    }

    /**
     * WRITE_DELAY=0: a commit is on disk before the action reports success. H2's default (500 ms) lost the
     * last half second of committed actions when the process was killed (CrashSafetyTest).
     */
    private static String url(java.nio.file.Path base) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * Rewrites the file compactly when it is over 16 MB and less than half of it is in use: after many
     * commits written one by one it can be ten times larger than its data, and every backup then reads
     * all of it (10 s instead of 1 s for the demo branch). Never in place: a copy is compacted, opened again
     * and compared with the data, every row of every table ({@link TableDigest}), and only then replaces
     * the file; the old file is kept beside it until the new one has opened. Any doubt leaves the file as it
     * was. Nothing is written meanwhile (the writer lock is held).
     *
     * @return whether the file was replaced by a compacted one
     */
    public boolean compactIfSparse(char[] password) throws java.io.IOException {
        return compactIfSparse(password, 16L * 1024 * 1024);
    }

    /** The same, for a file over {@code minBytes} (tests use small files). */
    boolean compactIfSparse(char[] password, long minBytes) throws java.io.IOException {
        if (base == null) {
            return false;
        }
        java.nio.file.Path file = mvFile(base);
        java.nio.file.Path copyBase = base.resolveSibling(base.getFileName() + "-compacting");
        java.nio.file.Path copy = mvFile(copyBase);
        java.nio.file.Path kept = base.resolveSibling(base.getFileName() + ".mv.db.before-compacting");
        writer.lock();
        try {
            String before = sparseDigest(minBytes);
            if (before == null) {
                return false;
            }
            return whileClosed(() -> {
                java.nio.file.Files.deleteIfExists(copy);
                java.nio.file.Files.copy(file, copy);
                try (Connection c = rawConnection(url(copyBase), password); java.sql.Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
                String after;
                try (Connection c = rawConnection(url(copyBase), password)) {
                    after = TableDigest.of(c);
                }
                if (!before.equals(after)) {
                    return false;
                }
                // The old file stays reachable as `kept` (a second name for it, or a copy), and the new one
                // replaces it in one rename: at no moment is there no database file under its own name.
                java.nio.file.Files.deleteIfExists(kept);
                try {
                    java.nio.file.Files.createLink(kept, file);
                } catch (UnsupportedOperationException | java.io.IOException noLink) {
                    java.nio.file.Files.copy(file, kept);
                }
                java.nio.file.Files.move(copy, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return true;
            }, password);
        } catch (Exception | LinkageError e) {
            // Compacting is only for speed: whatever went wrong, the old file goes back as it was and opens
            // again (if even that fails, the failure is the caller's to report).
            if (java.nio.file.Files.exists(kept)) {
                java.nio.file.Files.move(kept, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (pool.current == null) {
                reopen(password);
            }
            return false;
        } finally {
            writer.unlock();
            deleteQuietly(copy);
            deleteQuietly(copyBase.resolveSibling(copyBase.getFileName() + ".trace.db"));
            if (pool.current != null) {
                deleteQuietly(kept);
            }
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException | RuntimeException ignored) {
            // a leftover copy is only disk space; the next compaction starts by removing it
        }
    }

    /** The digest of the data when the file is sparse enough to compact; null when it is not. */
    private String sparseDigest(long minBytes) throws SQLException {
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            long used = 100; // the lower of: live space in the file, live pages in its chunks (percent)
            long size = 0;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
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
            return used < 50 && size > minBytes ? TableDigest.of(c) : null;
        }
    }

    private static java.nio.file.Path mvFile(java.nio.file.Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** A connection of its own to a file (not the pool's), with the same password handling. */
    private static Connection rawConnection(String base, char[] password) throws SQLException {
        String url = password == null ? base : base + ";CIPHER=AES";
        String h2Password = password == null ? "" : new String(fileKey(password)) + " ";
        return java.sql.DriverManager.getConnection(url, "sa", h2Password);
    }

    /** A read through plain JDBC, given a connection of the pool. */
    public interface JdbcRead<T> {
        T read(Connection connection) throws SQLException;
    }

    /**
     * Runs a read with plain JDBC. For the few queries the window needs before its first frame (the branch
     * list, the font size): they then do not wait for jOOQ's machinery, which loads later, beside the
     * open window. Refused on the JavaFX thread, like every query.
     */
    public <T> T read(JdbcRead<T> work) {
        FxThreadGuard.check("jdbc read");
        try (Connection c = pool.getConnection()) {
            return work.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Runs one user action as one transaction: all of it is written, or none. One at a time: the audit
     * trail's hash chain needs each entry to see the one before it, which a second writer running at the
     * same moment would not see yet (the chain would fork and {@code verify} would call it broken).
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        writer.lock();
        try {
            return dsl().transactionResult(configuration -> work.apply(configuration.dsl()));
        } finally {
            writer.unlock();
        }
    }

    public DSLContext dsl() {
        DSLContext made = dsl;
        if (made == null) {
            synchronized (dslLock) {
                made = dsl;
                if (made == null) {
                    made = makeDsl();
                    dsl = made;
                }
            }
        }
        return made;
    }

    @Override
    public synchronized void close() {
        // No SHUTDOWN COMPACT here any more: one CI run saw a file that would not open after a close that
        // compacted it (right after recovering from a kill mid-import). Until that is understood, closing is
        // H2's plain close (which itself compacts for up to 200 ms); files stay larger after many writes.
        pool.closeForGood();
        closePool();
    }

    /** The connection pool of the file as it is open now; empty while it is closed for a restore. */
    private static final class Pool implements DataSource {
        /** How long a query waits for a restore or password change to bring the file back. */
        private static final long MAINTENANCE_WAIT_MS = 10 * 60 * 1000;

        private volatile JdbcConnectionPool current;
        private boolean maintenance;
        private boolean closed;
        private RuntimeException failure;

        /** Queries from now on wait (instead of failing) until {@link #open} brings the file back. */
        synchronized void pause() {
            maintenance = true;
        }

        synchronized void open(JdbcConnectionPool opened) {
            current = opened;
            maintenance = false;
            notifyAll();
        }

        /** The file could not be opened: waiting and later queries fail with the reason. */
        synchronized void fail(RuntimeException e) {
            failure = e;
            maintenance = false;
            notifyAll();
        }

        synchronized void closeForGood() {
            closed = true;
            maintenance = false;
            notifyAll();
        }

        private JdbcConnectionPool current() throws SQLException {
            JdbcConnectionPool p = current;
            if (p != null) {
                return p;
            }
            synchronized (this) {
                long until = System.currentTimeMillis() + MAINTENANCE_WAIT_MS;
                while (current == null && maintenance && !closed && System.currentTimeMillis() < until) {
                    try {
                        wait(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                if (current == null) {
                    throw failure != null ? new SQLException("the database could not be opened", failure)
                            : new SQLException("the database is closed");
                }
                return current;
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return current().getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return current().getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return current().getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            current().setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            current().setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return current().getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("not a wrapper for " + iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
