package org.branchledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.branchledger.App;
import org.branchledger.cli.Command;
import org.branchledger.cli.CommandArgs;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;

/**
 * {@code bench}: the benchmarks and trials (its help lists them); {@code bench all} the figures of
 * docs/BENCHMARKS.md in one go. {@code bench startup}: cold start of the jar to a usable window (branch list
 * loaded), against a bare JavaFX window, each in a fresh JVM, median of N. Needs a display (run under xvfb-run).
 */
public final class BenchCommand implements Command {
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.branchledger.bench.bench", Locale.ROOT);

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--runs", "--rows", "--members", "--sessions", "--image", "--kills", "--files", "--doc", "--database");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--cds", "--record");
    }

    @Override
    public int maxPositionals() {
        return 1;
    }

    @Override
    public boolean needsData() {
        return false;
    }

    @Override
    public String summary() {
        return text("bench.summary");
    }

    @Override
    public String help() {
        return text("bench.help");
    }

    /** A text of the bench command's own bundle (beside the benchmarks, not in the product's). */
    static String text(String key) {
        return TEXTS.getString(key);
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        String which = args.positionals().isEmpty() ? "" : args.positionals().get(0);
        try {
            switch (which) {
                case "all" -> {
                    return new BenchAll(Path.of(args.value("--doc").orElse(BenchAll.DOC)), out).run(args.flag("--record"));
                }
                case "import" -> ImportBench.run(args.intValue("--rows", 10_000, 1, 1_000_000), args.value("--database"), out);
                case "hours" -> HoursBench.run(args.intValue("--members", 10_000, 1, 100_000),
                        args.intValue("--sessions", 200, 1, 2000), args.value("--database"), out);
                case "pack" -> PackBench.run(args.intValue("--members", 1000, 1, 100_000),
                        args.intValue("--sessions", 200, 0, 2000), args.value("--database"), out);
                case "pledges" -> PledgesBench.run(args.intValue("--members", 1000, 1, 100_000), out);
                case "appraisal" -> AppraisalBench.run(args.intValue("--members", 1000, 1, 100_000),
                        args.intValue("--sessions", 50, 0, 2000), out);
                case "backup" -> SafetyBench.backup(args.intValue("--members", 1000, 1, 100_000),
                        args.intValue("--runs", 3, 1, 20), out);
                case "crash" -> {
                    if (args.value("--members").isPresent()) {
                        SafetyBench.crashSteps(args.intValue("--kills", 64, 1, 10_000),
                                args.intValue("--members", 1000, 1, 100_000), out);
                    } else {
                        SafetyBench.crash(args.intValue("--kills", 30, 1, 10_000), args.intValue("--rows", 2000, 1, 100_000), out);
                    }
                }
                case "fuzz" -> SafetyBench.fuzz(args.intValue("--files", 20, 0, 10_000),
                        args.intValue("--rows", 100_000, 0, 1_000_000), out);
                case "startup" -> startup(args, out);
                default -> throw UserError.badInput(text("bench.which"));
            }
            return ExitCode.DONE;
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(which + " benchmark failed: " + e.getMessage(), e);
        }
    }

    private static void startup(CommandArgs args, PrintStream out) throws Exception {
        int runs = args.intValue("--runs", 5, 1, 50);
        if (args.value("--image").isPresent()) {
            ImageStartupBench.run(Path.of(args.value("--image").get()), runs, out);
            return;
        }
        Path data = Scratch.folder("branch-ledger-bench");
        run(Jars.product(List.of(), "--data", data.toString(), "demo"), false);
        List<String> hello = List.of(Jars.java(), "-cp", Jars.bench().toString(), HelloWindow.class.getName());
        List<String> options = new ArrayList<>(List.of("-Dbranchledger.startupProbe=true"));
        String label = "branch ledger (java -jar)";
        if (args.flag("--cds")) {
            // What the installers ship: an application class-data archive made by a training start.
            Path archive = data.resolve("app.jsa");
            List<String> training = new ArrayList<>(options);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            run(Jars.product(training, "--data", data.toString()), true);
            options.add("-XX:SharedArchiveFile=" + archive);
            label = "branch ledger (java -jar, AppCDS archive)";
        }
        List<String> window = Jars.product(options, "--data", data.toString());
        double helloMedian = median(hello, runs);
        double appMedian = median(window, runs);
        out.printf("hello window: median %.2f s of %d%n", helloMedian, runs);
        out.printf("%s: median %.2f s of %d (%.2fx the hello window)%n", label, appMedian, runs,
                appMedian / helloMedian);
    }

    static double median(List<String> command, int runs) throws IOException, InterruptedException {
        return median(command, Map.of(), runs);
    }

    static double median(List<String> command, Map<String, String> env, int runs) throws IOException, InterruptedException {
        run(command, env, true); // warm the OS file cache, as a second start would be
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = run(command, env, true);
        }
        return median(seconds);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Seconds from starting the process until it prints READY (or exits, when not waiting for it). */
    static double run(List<String> command, boolean waitForReady) throws IOException, InterruptedException {
        return run(command, Map.of(), waitForReady);
    }

    static double run(List<String> command, Map<String, String> env, boolean waitForReady)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process p = builder.start();
        double seconds = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (waitForReady && line.contains("READY") && seconds < 0) {
                    seconds = (System.nanoTime() - start) / 1e9;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || (waitForReady && seconds < 0)) {
            p.destroyForcibly();
            throw new IllegalStateException("no READY from " + command);
        }
        return waitForReady ? seconds : (System.nanoTime() - start) / 1e9;
    }
}
