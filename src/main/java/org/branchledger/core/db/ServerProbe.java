package org.branchledger.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * 测试连接 (设置 → 数据库): tries an office's server with a user and password and looks at what the database holds,
 * writing nothing (the tables are made only when the window connects). Also puts any failure to reach a server
 * into one of a few plain kinds, for the window's words.
 */
public final class ServerProbe {
    /** What a test or an attempt to open found. */
    public enum Kind {
        /** Connected; the database holds this program's tables ({@link Outcome#branches()} branches). */
        OURS,
        /** Connected; the database is empty: the program makes its tables on connecting. */
        EMPTY,
        /** Connected; the database holds tables of something else. */
        OTHER_TABLES,
        /** Nothing answered at that address and port (wrong address, server off, firewall). */
        UNREACHABLE,
        /** The server said the user name or password is wrong. */
        WRONG_LOGIN,
        /** The server does not let this user in from this computer (pg_hba.conf), or has no such user. */
        NOT_ALLOWED,
        /** The server has no database of that name. */
        NO_DATABASE,
        /** Anything else, said in the server's own words ({@link Outcome#reason()}). */
        OTHER
    }

    /** The test's result: the kind, the number of branches for {@link Kind#OURS}, the server's own words for failures. */
    public record Outcome(Kind kind, int branches, String reason) {
        public boolean connected() {
            return kind == Kind.OURS || kind == Kind.EMPTY || kind == Kind.OTHER_TABLES;
        }
    }

    private ServerProbe() {
    }

    /** Connects once (ten seconds at most) and looks; never throws for the server's sake. */
    public static Outcome probe(ServerAddress address, String user, char[] password) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(user);
        source.setPassword(password == null ? "" : new String(password));
        source.setApplicationName("branch-ledger");
        source.setConnectTimeout(10);
        source.setSocketTimeout(20);
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            if (count(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()") == 0) {
                return new Outcome(Kind.EMPTY, 0, "");
            }
            try (ResultSet r = s.executeQuery("SELECT to_regclass('branch') IS NOT NULL"
                    + " AND to_regclass('flyway_schema_history') IS NOT NULL")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return new Outcome(Kind.OTHER_TABLES, 0, "");
                }
            }
            return new Outcome(Kind.OURS, count(s, "SELECT count(*) FROM branch"), "");
        } catch (SQLException | RuntimeException e) {
            return failure(e);
        }
    }

    /** A failure to reach or open a server (this probe's, or {@code Database.openServer}'s) as one of the kinds. */
    public static Outcome failure(Throwable e) {
        String state = null;
        boolean network = false;
        Throwable t = e;
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (state == null && t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
            network |= t instanceof java.net.UnknownHostException || t instanceof java.net.ConnectException
                    || t instanceof java.net.NoRouteToHostException || t instanceof java.net.SocketTimeoutException;
        }
        Kind kind = network || (state != null && state.startsWith("08")) ? Kind.UNREACHABLE
                : "28P01".equals(state) ? Kind.WRONG_LOGIN
                : "28000".equals(state) ? Kind.NOT_ALLOWED
                : "3D000".equals(state) ? Kind.NO_DATABASE : Kind.OTHER;
        return new Outcome(kind, 0, firstLine(e));
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The server's own words, one line (its messages are in its own language, often Chinese). */
    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof SQLException)) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
