package org.branchledger.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the newest schema. Flyway costs about half a second to start, so a database
 * already at {@link #LATEST} (the usual case) is recognised with one query and Flyway is not started.
 */
final class Migrations {
    /** The version of the newest file in db/migration; a test keeps the two in step. */
    static final int LATEST = 15;

    private Migrations() {
    }

    /** Returns whether any migration was applied (it may have written audit entries). */
    static boolean migrate(DataSource dataSource) throws SQLException {
        return migrate(dataSource, Engine.H2);
    }

    /** The same on {@code engine}, from that engine's migrations. */
    static boolean migrate(DataSource dataSource, Engine engine) throws SQLException {
        if (appliedVersion(dataSource, engine) != LATEST) {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations(engine.migrations())
                    .load()
                    .migrate().migrationsExecuted > 0;
        }
        return false;
    }

    /**
     * A new database brought to {@code target} exactly, not further: an older backup's rows go into the schema
     * they were taken from, and the migrations then carry them forward like any other data.
     */
    static void migrateTo(DataSource dataSource, Engine engine, int target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(engine.migrations())
                .target(org.flywaydb.core.api.MigrationVersion.fromVersion(String.valueOf(target)))
                .load()
                .migrate();
    }

    /** The newest successfully applied migration, or -1 for a new or foreign database. */
    static int appliedVersion(DataSource dataSource) throws SQLException {
        return appliedVersion(dataSource, Engine.H2);
    }

    static int appliedVersion(DataSource dataSource, Engine engine) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, engine.schema(), "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
                return rs.next() && rs.getObject(1) != null ? rs.getInt(1) : -1;
            }
        }
    }
}
