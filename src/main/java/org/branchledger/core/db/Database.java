package org.branchledger.core.db;

import java.util.function.Function;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/** The embedded H2 database of a data folder, migrated to the newest schema when opened. */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(pool);
        configuration.set(SQLDialect.H2);
        configuration.set(new Settings().withExecuteLogging(false));
        configuration.set(new FxThreadGuard());
        this.dsl = DSL.using(configuration);
    }

    /** Opens (creating if needed) the database file of the folder and applies pending migrations. */
    public static Database open(DataFolder folder) {
        return openUrl("jdbc:h2:file:" + folder.databaseBase().toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    public static Database openUrl(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            Migrations.migrate(pool);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e instanceof SQLException sql ? new IllegalStateException(sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
        return new Database(pool);
    }

    /**
     * Loads jOOQ's query machinery (about half a second of class loading) without a database, so it
     * can run on another core while the H2 file opens.
     */
    public static void warmUp() {
        DSL.using(SQLDialect.H2).selectFrom(DSL.table("branch")).where(DSL.field("name").eq("x"))
                .orderBy(DSL.field("id")).getSQL();
    }

    /** Runs one user action as one transaction: all of it is written, or none. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        pool.dispose(); // the last connection closing closes the H2 file cleanly
    }
}
