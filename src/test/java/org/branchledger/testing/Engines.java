package org.branchledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The engine switch of the ordinary tests (issue 21: "the service, repository, import, ledger, audit and package
 * tests run against PostgreSQL too"). A test class marked {@link OnBothEngines} runs twice in the same test JVM:
 * once on the data folder's H2 file, once with its data on a fresh database of the throwaway {@link PgCluster} (a
 * copy of one migrated once): {@link CliRun} puts {@code --database} in front of every command and
 * {@link TestApps#open} opens the App on the server. One database per data folder, so a CLI run and an App on the
 * same folder (or the same folder opened again) see the same data. {@code -Dbranchledger.test.engines=h2} (the
 * quick loop) or {@code =postgresql} runs one of the two.
 */
public final class Engines {
    /** Which of the two runs of a marked class happen: {@code both} (the default), {@code h2} or {@code postgresql}. */
    public static final String PROPERTY = "branchledger.test.engines";
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicBoolean SAID = new AtomicBoolean();
    /** The engine of the marked class running now (one class at a time in a test JVM); false outside them. */
    private static volatile boolean onServer;

    private Engines() {
    }

    /** Whether the marked test class running now keeps its data on PostgreSQL. */
    public static boolean onServer() {
        return onServer;
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
     * A test class whose tests run on the data folder's H2 file and again on PostgreSQL (a class template with
     * two invocations, "H2" and "PostgreSQL"). Without PostgreSQL installed, the second is left out and one line
     * says how to run it.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("engines")
    @ClassTemplate
    @ExtendWith(Both.class)
    public @interface OnBothEngines {
    }

    /** The two runs of a marked class, each setting {@link #onServer()} for its tests. */
    public static final class Both implements ClassTemplateInvocationContextProvider {
        @Override
        public boolean supportsClassTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
            String wanted = System.getProperty(PROPERTY, "both").toLowerCase(java.util.Locale.ROOT);
            List<ClassTemplateInvocationContext> runs = new ArrayList<>();
            if (!wanted.equals("postgresql")) {
                runs.add(run(false));
            }
            if (!wanted.equals("h2")) {
                if (PgCluster.shared().isPresent()) {
                    runs.add(run(true));
                } else if (SAID.compareAndSet(false, true)) {
                    System.err.println(PgCluster.MISSING);
                }
            }
            return runs.stream();
        }

        @Override
        public boolean mayReturnZeroClassTemplateInvocationContexts(ExtensionContext context) {
            return true;
        }

        private static ClassTemplateInvocationContext run(boolean server) {
            return new ClassTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return server ? "PostgreSQL" : "H2";
                }

                @Override
                public List<Extension> getAdditionalExtensions() {
                    return List.of(new Switch(server));
                }
            };
        }
    }

    /** Sets the engine for one run of a marked class, and back to H2 after it. */
    private record Switch(boolean server) implements BeforeAllCallback, AfterAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            onServer = server;
        }

        @Override
        public void afterAll(ExtensionContext context) {
            onServer = false;
        }
    }
}
