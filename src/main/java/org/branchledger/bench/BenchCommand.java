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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.branchledger.App;
import org.branchledger.cli.Command;
import org.branchledger.cli.CommandArgs;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/**
 * {@code bench startup}: cold start of the jar to a usable window (branch list loaded), against a bare
 * JavaFX window, each in a fresh JVM, median of N. Needs a display (run under xvfb-run).
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--runs", "--rows", "--members", "--sessions", "--image", "--kills", "--files");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--cds");
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
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().equals(List.of("import"))) {
            try {
                ImportBench.run(args.intValue("--rows", 10_000, 1, 1_000_000), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("import benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("hours"))) {
            try {
                HoursBench.run(args.intValue("--members", 10_000, 1, 100_000), args.intValue("--sessions", 200, 1, 2000), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("hours benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("pack"))) {
            try {
                PackBench.run(args.intValue("--members", 1000, 1, 100_000), args.intValue("--sessions", 200, 0, 2000), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("pack benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("pledges"))) {
            try {
                PledgesBench.run(args.intValue("--members", 1000, 1, 100_000), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("pledges benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("appraisal"))) {
            try {
                AppraisalBench.run(args.intValue("--members", 1000, 1, 100_000),
                        args.intValue("--sessions", 50, 0, 2000), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("appraisal benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("backup"))) {
            try {
                SafetyBench.backup(args.intValue("--members", 1000, 1, 100_000), args.intValue("--runs", 3, 1, 20), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("backup benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("crash"))) {
            try {
                if (args.value("--members").isPresent()) {
                    SafetyBench.crashSteps(args.intValue("--kills", 64, 1, 10_000),
                            args.intValue("--members", 1000, 1, 100_000), out);
                } else {
                    SafetyBench.crash(args.intValue("--kills", 30, 1, 10_000), args.intValue("--rows", 2000, 1, 100_000), out);
                }
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("crash benchmark failed: " + e.getMessage(), e);
            }
        }
        if (args.positionals().equals(List.of("fuzz"))) {
            try {
                SafetyBench.fuzz(args.intValue("--files", 20, 0, 10_000), args.intValue("--rows", 100_000, 0, 1_000_000), out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("fuzz benchmark failed: " + e.getMessage(), e);
            }
        }
        if (!args.positionals().equals(List.of("startup"))) {
            throw UserError.badInput(Messages.get("cli.bench.which"));
        }
        int runs = args.intValue("--runs", 5, 1, 50);
        if (args.value("--image").isPresent()) {
            try {
                ImageStartupBench.run(Path.of(args.value("--image").get()), runs, out);
                return ExitCode.DONE;
            } catch (Exception e) {
                throw new IllegalStateException("startup benchmark failed: " + e.getMessage(), e);
            }
        }
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path data = Files.createTempDirectory("branch-ledger-bench");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            run(List.of(java, "-jar", jar.toString(), "--data", data.toString(), "demo"), false);
            List<String> hello = List.of(java, "-cp", jar.toString(), HelloWindow.class.getName());
            List<String> window = new ArrayList<>(List.of(java, "-Dbranchledger.startupProbe=true"));
            String label = "branch ledger (java -jar)";
            if (args.flag("--cds")) {
                // What the installers ship: an application class-data archive made by a training start.
                Path archive = data.resolve("app.jsa");
                List<String> training = new ArrayList<>(window);
                training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "--data",
                        data.toString()));
                run(training, true);
                window.add("-XX:SharedArchiveFile=" + archive);
                label = "branch ledger (java -jar, AppCDS archive)";
            }
            window.addAll(List.of("-jar", jar.toString(), "--data", data.toString()));
            double helloMedian = median(hello, runs);
            double appMedian = median(window, runs);
            out.printf("hello window: median %.2f s of %d%n", helloMedian, runs);
            out.printf("%s: median %.2f s of %d (%.2fx the hello window)%n", label, appMedian, runs,
                    appMedian / helloMedian);
            return ExitCode.DONE;
        } catch (Exception e) {
            throw new IllegalStateException("startup benchmark failed: " + e.getMessage(), e);
        }
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
