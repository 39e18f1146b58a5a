package org.branchledger.core.db;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/**
 * The database engines the program runs on: the data folder's embedded H2 file, or an office's PostgreSQL server
 * (issue 21, decision record 0024). The jOOQ classes are generated from H2, whose names are upper case; on
 * PostgreSQL they are written unquoted in lower case, the way its schema script names them.
 */
public enum Engine {
    H2(SQLDialect.H2, "classpath:db/migration", "PUBLIC"),
    POSTGRESQL(SQLDialect.POSTGRES, "classpath:db/postgresql", "public");

    private final SQLDialect dialect;
    private final String migrations;
    private final String schema;

    Engine(SQLDialect dialect, String migrations, String schema) {
        this.dialect = dialect;
        this.migrations = migrations;
        this.schema = schema;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** Where Flyway finds this engine's migrations. */
    String migrations() {
        return migrations;
    }

    /** The schema the tables are in, spelt as the engine's metadata spells it. */
    String schema() {
        return schema;
    }

    Settings settings() {
        Settings settings = new Settings().withExecuteLogging(false);
        return this == POSTGRESQL
                ? settings.withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderNameCase(RenderNameCase.LOWER)
                : settings;
    }
}
