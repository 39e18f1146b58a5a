package org.branchledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.demo.DemoService;

/**
 * A data folder holding one demo branch, for a test to work on: the demo data is written once per test JVM for
 * each name, size and year, into a folder of its own, and every test asking for it gets a copy of that folder
 * (writing the demo took a second or more of each window test's set-up, issue 19). The copy is the test's own,
 * so tests stay independent of each other.
 */
public final class DemoCopies {
    private static final Map<String, Path> MADE = new HashMap<>();

    private DemoCopies() {
    }

    /** The app open on the copy, and the demo branch in it. */
    public record Demo(App app, Branch branch) {
    }

    /** As {@code app.demo().create(name, members, year)} in a new folder {@code folder} (missing or empty). */
    public static Demo open(Path folder, String name, int members, int year) throws Exception {
        return open(folder, name, members, DemoService.DEFAULT_SESSIONS, year);
    }

    /** As {@code app.demo().create(name, members, sessions, year)} in a new folder {@code folder} (missing or empty). */
    public static Demo open(Path folder, String name, int members, int sessions, int year) throws Exception {
        App app;
        if (Engines.onServer()) { // a copied folder's H2 file would not be the server's data: written there
            app = TestApps.open(folder);
            app.demo().create(name, members, sessions, year);
        } else {
            KillPoints.copyTree(made(name, members, sessions, year), folder);
            app = App.open(new DataFolder(folder));
        }
        try {
            Branch branch = app.branches().all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
            return new Demo(app, branch);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /**
     * Makes {@code data} (missing or empty) what {@code demo ARGS} on the command line leaves there: a copy of the
     * folder that command made once in this JVM.
     */
    public static void command(Path data, String... args) {
        if (Engines.onServer()) { // on the server database that stands for this folder (Engines)
            List<String> command = new java.util.ArrayList<>(List.of("demo"));
            command.addAll(List.of(args));
            CliRun cli = new CliRun(data);
            if (cli.run(command.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("demo " + String.join(" ", args) + ": " + cli.err());
            }
            return;
        }
        String key = "demo " + String.join(" ", args);
        try {
            Path made;
            synchronized (DemoCopies.class) {
                made = MADE.get(key);
                if (made == null) {
                    made = Files.createTempDirectory("branch-ledger-demo-");
                    List<String> command = new java.util.ArrayList<>(List.of("demo"));
                    command.addAll(List.of(args));
                    CliRun cli = new CliRun(made);
                    if (cli.run(command.toArray(String[]::new)) != 0) {
                        throw new IllegalStateException(key + ": " + cli.err());
                    }
                    remember(key, made);
                }
            }
            KillPoints.copyTree(made, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path made(String name, int members, int sessions, int year) throws Exception {
        String key = name + "|" + members + "|" + sessions + "|" + year;
        Path made = MADE.get(key);
        if (made == null) {
            made = Files.createTempDirectory("branch-ledger-demo-");
            try (App app = App.open(new DataFolder(made))) {
                app.demo().create(name, members, sessions, year);
            }
            remember(key, made);
        }
        return made;
    }

    private static void remember(String key, Path made) {
        if (MADE.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(DemoCopies::deleteAll));
        }
        MADE.put(key, made);
    }

    private static synchronized void deleteAll() {
        for (Path made : MADE.values()) {
            try (Stream<Path> all = Files.walk(made)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }
}
