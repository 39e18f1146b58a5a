package org.branchledger.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the tests that run against a server (issue 21): Debian's {@code postgresql}
 * package's {@code initdb} and {@code pg_ctl}, a cluster in a temporary folder on a free loopback port, started
 * once per test JVM and stopped when it ends. PostgreSQL refuses to run as root, so as root the cluster belongs to
 * the {@code postgres} user and is started through {@code runuser}. Without PostgreSQL installed,
 * {@link #shared()} is empty and the tests skip with {@link #MISSING}.
 */
public final class PgCluster {
    public static final String MISSING = "PostgreSQL is not installed: tests against the server skipped"
            + " (install Debian's postgresql package, or run .ci/run, which installs it)";
    public static final String USER = "branchledger";
    public static final String PASSWORD = "test-only";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Optional<PgCluster> shared;

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean asPostgres;
    private String template;

    private PgCluster(Path bin, Path folder, int port, boolean asPostgres) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The cluster of this test JVM; without PostgreSQL the test is skipped, saying how to run it ({@link #MISSING}). */
    public static PgCluster require() {
        return shared().orElseThrow(() -> new org.opentest4j.TestAbortedException(MISSING));
    }

    /** The cluster of this test JVM, started on first use; empty when PostgreSQL is not installed. */
    public static synchronized Optional<PgCluster> shared() {
        if (shared == null) {
            shared = binaries().map(PgCluster::start);
        }
        return shared;
    }

    /** A new empty database on the cluster, as {@code postgresql://127.0.0.1:PORT/NAME}. */
    public String newDatabase() {
        String name = "bl_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                "-O", USER, name));
        return "postgresql://127.0.0.1:" + port + "/" + name;
    }

    /**
     * A new database with the program's schema already in it: a copy of one database migrated once per cluster
     * (for the ordinary tests run on the server, {@link Engines}, which need no migration of their own: that one
     * is {@code PostgresSchemaTest}'s and the server tests').
     */
    public String newMigratedDatabase() {
        String template = migratedTemplate();
        String name = "bl_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                "-O", USER, "-T", template, name));
        return "postgresql://127.0.0.1:" + port + "/" + name;
    }

    private synchronized String migratedTemplate() {
        if (template == null) {
            String address = newDatabase();
            org.branchledger.core.db.Database.openServer(
                    org.branchledger.core.db.ServerAddress.parse(address).orElseThrow(), USER,
                    PASSWORD.toCharArray()).close();
            template = address.substring(address.lastIndexOf('/') + 1);
        }
        return template;
    }

    /** The JDBC URL of {@link #newDatabase()}'s address. */
    public static String jdbc(String address) {
        return "jdbc:" + address;
    }

    public int port() {
        return port;
    }

    private static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                // none there
            }
        }
        return candidates.stream()
                .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                .map(d -> d.resolve("initdb").toAbsolutePath())
                .map(PgCluster::realParent)
                .filter(d -> Files.isExecutable(d.resolve("createdb")))
                .findFirst();
    }

    private static Path realParent(Path initdb) {
        try {
            return initdb.toRealPath().getParent();
        } catch (IOException e) {
            return initdb.getParent();
        }
    }

    private static PgCluster start(Path bin) {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path folder = Files.createTempDirectory("branchledger-pg-");
            Path data = folder.resolve("data");
            Path password = folder.resolve("password");
            Files.writeString(password, PASSWORD + "\n");
            int port = freePort();
            PgCluster cluster = new PgCluster(bin, folder, port, root);
            if (root) {
                cluster.run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            cluster.runAs(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + password, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"));
            cluster.runAs(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", folder.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                    "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "pg-stop"));
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("could not start a PostgreSQL cluster: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            runAs(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop"));
        } finally {
            removeLater(folder);
        }
    }

    /**
     * The cluster's folder removed by a process of its own that outlives this JVM: with a database per test
     * (Engines) it holds some hundred thousand files, and deleting them one by one in the shutdown hook took
     * longer than surefire waits for a fork to end (30 s), so the fork was killed.
     */
    private static void removeLater(Path root) {
        try {
            new ProcessBuilder("rm", "-rf", root.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            deleteTree(root);
        }
    }

    private void runAs(List<String> command) {
        if (!asPostgres) {
            run(command);
            return;
        }
        List<String> as = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        as.addAll(command);
        run(as);
    }

    private void run(List<String> command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", PASSWORD);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
