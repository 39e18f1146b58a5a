package org.branchledger.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.branchledger.core.audit.AuditHead;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The embedded H2 database of a data folder, migrated to the newest schema when opened. With a password
 * the file is encrypted (H2's AES file encryption) with the folder's {@link FileKey}, made once per open and
 * kept here for reopening. The file can be closed and opened again in place (restore, password change)
 * while every service keeps its reference to this object.
 */
public final class Database implements AutoCloseable {
    private final String baseUrl;
    /** The file's base path (H2 adds ".mv.db"); null for a database opened by URL. */
    private final java.nio.file.Path base;
    private final FilePool pool = new FilePool();
    /** Made on first use: jOOQ's machinery is half a second of class loading, not needed for the first frame. */
    private volatile DSLContext dsl;
    private final Object dslLock = new Object();
    private final java.util.concurrent.locks.ReentrantLock writer = new java.util.concurrent.locks.ReentrantLock(true);
    private java.util.concurrent.CompletableFuture<Void> ready = java.util.concurrent.CompletableFuture.completedFuture(null);
    /** The audit trail's newest entry, kept in a file beside the database; null for a database opened by URL. */
    private final AuditHead head;
    /** The key the file is open with (null: not encrypted). */
    private volatile FileKey key;

    /** The engine: the folder's H2 file, or an office's PostgreSQL server. */
    private final Engine engine;

    private Database(String baseUrl, java.nio.file.Path base, JdbcConnectionPool opened) {
        this(Engine.H2, baseUrl, base, opened);
    }

    private Database(Engine engine, String baseUrl, java.nio.file.Path base, JdbcConnectionPool opened) {
        this.engine = engine;
        this.baseUrl = baseUrl;
        this.base = base;
        this.pool.current = opened;
        this.head = base == null ? null : new AuditHead(base.getParent());
    }

    private DSLContext makeDsl() {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(pool);
        configuration.set(engine.dialect());
        configuration.set(engine.settings());
        configuration.set(new FxThreadGuard());
        return DSL.using(configuration);
    }

    /** Opens (creating if needed) the unencrypted database file of the folder and applies pending migrations. */
    public static Database open(DataFolder folder) {
        return open(folder, null);
    }

    /**
     * Opens the database file of the folder, encrypted with {@code key} when it is not null.
     *
     * @throws WrongPasswordException when the key does not open the file
     */
    public static Database open(DataFolder folder, FileKey key) {
        String base = H2Files.url(folder.databaseBase().toAbsolutePath());
        Database db = new Database(base, folder.databaseBase().toAbsolutePath(), null);
        db.pool.current = db.connect(key);
        db.key = key;
        return db;
    }

    /**
     * Returns at once and opens the file on another thread, so a caller can build everything that needs
     * this object (services, the window) while H2 opens it. Queries wait until the file is open; if it
     * cannot be opened they fail, and so does {@link #ready()}.
     */
    public static Database openLater(DataFolder folder, FileKey key) {
        String base = H2Files.url(folder.databaseBase().toAbsolutePath());
        Database db = new Database(base, folder.databaseBase().toAbsolutePath(), null);
        db.key = key;
        db.pool.pause();
        // A thread of its own (ends with the task): on two cores the common pool has one worker, busy
        // making the services meanwhile.
        java.util.concurrent.ExecutorService opener = java.util.concurrent.Executors.newSingleThreadExecutor();
        db.ready = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                db.pool.open(db.connect(key));
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

    /**
     * Connects to an office's PostgreSQL server and brings its schema up to date (issue 21). H2's connection pool
     * manages the server's connections too (it takes any {@code ConnectionPoolDataSource}). There is no file
     * here: no encryption key, no head file beside it, no compaction; the server's own tools back it up.
     *
     * @throws IllegalStateException when the server cannot be reached or refuses the user
     */
    public static Database openServer(ServerAddress address, String user, char[] password) {
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(user);
        source.setPassword(password == null ? "" : new String(password));
        source.setApplicationName("branch-ledger");
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try {
            Migrations.migrate(pool, Engine.POSTGRESQL);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new Database(Engine.POSTGRESQL, address.toString(), null, pool);
    }

    /** Which engine this database runs on. */
    public Engine engine() {
        return engine;
    }

    /**
     * A new database file in {@code folder} (none there yet) at schema {@code version}, older than this program's:
     * where an older backup's rows are filled in before {@link #migrateForward()} brings them up to date.
     */
    public static Database openNewAt(DataFolder folder, FileKey key, int version) {
        java.nio.file.Path file = folder.databaseBase().toAbsolutePath();
        Database db = new Database(H2Files.url(file), file, null);
        db.pool.current = H2Files.openPoolAt(db.baseUrl, key, version);
        db.key = key;
        return db;
    }

    /** Applies the migrations this database does not have yet (after {@link #openNewAt}). */
    public void migrateForward() {
        try {
            Migrations.migrate(pool, engine);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Database openUrl(String url) {
        return new Database(url, null, H2Files.openPool(url, null, new boolean[1]));
    }

    /** Opens this database's file and migrates it; migrations that wrote audit entries move the head file on. */
    private JdbcConnectionPool connect(FileKey key) {
        boolean[] migrated = {false};
        if (base != null) {
            H2Files.deleteTrace(base);
            FreshDatabase.makeIfMissing(base, key);
        }
        JdbcConnectionPool created = H2Files.openPool(baseUrl, key, migrated);
        if (base != null) {
            // The database file H2 just made (first open, a restore, a compaction) and anything else in the
            // folder: the owner's only (Permissions).
            Permissions.protectTree(base.getParent());
        }
        if (head != null && migrated[0]) {
            try (Connection c = created.getConnection()) {
                head.sync(c);
            } catch (SQLException e) {
                // the head file stays behind the trail: verify then names the migration's entries
            }
        }
        return created;
    }

    /** The key the file is open with now (null: not encrypted). */
    FileKey key() {
        return key;
    }

    /** The schema version this program writes: a backup from a newer one is refused. */
    public static int latestSchema() {
        return Migrations.LATEST;
    }

    /** The newest migration applied to the open file. */
    public int schemaVersion() {
        try {
            return Migrations.appliedVersion(pool, engine);
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
     * {@code newKey}. If opening fails the database stays closed and the failure is thrown; the caller
     * puts the old file back and calls {@link #reopen(FileKey)}.
     */
    public synchronized <T> T whileClosed(ClosedWork<T> work, FileKey newKey) throws Exception {
        writer.lock(); // no write transaction runs while the file is away
        try {
            pool.pause();
            closePool();
            T result = work.run();
            if (head != null) {
                head.forget(); // the file may be another one now: read its head again before writing
            }
            pool.open(connect(newKey));
            key = newKey;
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** Opens the file again after a failed {@link #whileClosed}. */
    public synchronized void reopen(FileKey oldKey) {
        closePool();
        if (head != null) {
            head.forget();
        }
        pool.open(connect(oldKey));
        key = oldKey;
    }

    private void closePool() {
        JdbcConnectionPool old = pool.current;
        pool.current = null;
        if (old != null) {
            old.dispose(); // the last connection closing closes the H2 file cleanly
        }
    }

    /**
     * Rewrites the file compactly when it is over 16 MB and less than half of it is in use, never in place
     * ({@link Compaction}).
     *
     * @return whether the file was replaced by a compacted one
     */
    public boolean compactIfSparse() throws java.io.IOException {
        return compactIfSparse(16L * 1024 * 1024);
    }

    /** Compacts the file now, sparse or not, by the same checked steps (for the crash trial, through DatabaseInternals). */
    boolean compactNow() throws java.io.IOException {
        return base != null && new Compaction(this, base).run(-1);
    }

    /** The same, for a file over {@code minBytes} (after a command: only a large one; tests use small files). */
    public boolean compactIfSparse(long minBytes) throws java.io.IOException {
        return base != null && new Compaction(this, base).run(minBytes);
    }

    /** Holds back every write transaction (for work on the file that must see no writes). */
    public void holdWrites() {
        writer.lock();
    }

    public void releaseWrites() {
        writer.unlock();
    }

    /** Whether the file is open now (false while it is closed for maintenance, or after a failed reopen). */
    boolean isOpen() {
        return pool.current != null;
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
        // Do not call this inside another transaction's work: jOOQ would run the inner one on a connection of its
        // own, committed on its own (no production path does; checked across the fast tests, 2026-12-07). Only the
        // outermost call moves the audit head.
        boolean outermost = head != null && writer.getHoldCount() == 1;
        try {
            T result = dsl().transactionResult(configuration -> {
                if (engine == Engine.POSTGRESQL) {
                    configuration.dsl().connection(ServerSession::stamp);
                }
                T r = work.apply(configuration.dsl());
                if (outermost) {
                    configuration.dsl().connection(head::beforeCommit);
                }
                return r;
            });
            if (outermost) {
                head.afterCommit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            if (outermost) {
                head.rolledBack();
            }
            if (engine == Engine.POSTGRESQL && writer.getHoldCount() == 1 && ChangedElsewhereException.isConflict(e)) {
                throw new ChangedElsewhereException(e);
            }
            throw e;
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
        // No SHUTDOWN COMPACT here, and no compaction by H2's close either (MAX_COMPACT_TIME=0 in the URL): a
        // file compacted at close, after recovering from a kill mid-write, could be left unreadable by the next
        // kill. Sparse files are rewritten by Compaction (journalled) before the daily backup.
        pool.closeForGood();
        closePool();
    }
}
