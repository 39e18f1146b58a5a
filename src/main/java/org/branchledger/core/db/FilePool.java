package org.branchledger.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The connection pool of the file as it is open now; empty while it is closed for a restore. */
final class FilePool implements DataSource {
    /** How long a query waits for a restore or password change to bring the file back. */
    private static final long MAINTENANCE_WAIT_MS = 10 * 60 * 1000;

    /** The open file's pool; null while it is closed (Database swaps it). */
    volatile JdbcConnectionPool current;
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
