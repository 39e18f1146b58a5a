package org.branchledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The engine switch of the ordinary tests (issue 21: "the service, repository, import, ledger, audit and package
 * tests run against PostgreSQL too"). With {@code -Dbranchledger.test.engine=postgresql} the test classes marked
 * {@link OnBothEngines} keep their data on a fresh database of the throwaway {@link PgCluster} (a copy of one migrated once) instead of the data
 * folder's H2 file: {@link CliRun} puts {@code --database} in front of every command and {@link TestApps#open}
 * opens the App on the server. One database per data folder, so a CLI run and an App on the same folder (or the
 * same folder opened again) see the same data. Without the switch nothing changes: H2 as always.
 */
public final class Engines {
    public static final String PROPERTY = "branchledger.test.engine";
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicBoolean SAID = new AtomicBoolean();

    private Engines() {
    }

    /** Whether this test JVM runs the marked tests on PostgreSQL. */
    public static boolean onServer() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    /** The server database that stands for this data folder under the switch (made on first use); empty on H2. */
    public static Optional<String> database(Path folder) {
        if (!onServer()) {
            return Optional.empty();
        }
        PgCluster pg = PgCluster.shared().orElseThrow(() -> new TestAbortedException(PgCluster.MISSING));
        return Optional.of(DATABASES.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> pg.newMigratedDatabase()));
    }

    /** The cluster's login, as the environment of a command given {@code --database}. */
    public static Map<String, String> login() {
        return Map.of("BRANCH_LEDGER_DB_USER", PgCluster.USER, "BRANCH_LEDGER_DB_PASSWORD", PgCluster.PASSWORD);
    }

    /**
     * A test class whose tests run on the data folder's H2 file and, in the {@code engines} execution of
     * {@code mvn verify}, on PostgreSQL. There, without PostgreSQL installed, the classes skip and one line says
     * how to run them.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("engines")
    @ExtendWith(Missing.class)
    public @interface OnBothEngines {
    }

    /** Skips the marked classes under the switch when PostgreSQL is not installed, saying so once. */
    public static final class Missing implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!onServer() || PgCluster.shared().isPresent()) {
                return ConditionEvaluationResult.enabled("the engine is there");
            }
            if (SAID.compareAndSet(false, true)) {
                System.err.println(PgCluster.MISSING);
            }
            return ConditionEvaluationResult.disabled(PgCluster.MISSING);
        }
    }
}
