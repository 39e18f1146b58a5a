package org.branchledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM measured as a whole process: wall time; CPU time (user + system, from this process's
 * waited-for children in /proc/self/stat); peak resident memory (VmHWM of /proc/PID/status, read every
 * 20 ms). On a system without /proc the last two are NaN ("not measured").
 */
final class ProcessMeter {
    private static final Path PROC = Path.of("/proc");
    /** Linux's USER_HZ: the unit of the CPU times in /proc. */
    private static final double TICKS_PER_SECOND = 100;
    private static final long MB = 1_000_000;

    private ProcessMeter() {
    }

    /** What a finished (or, for {@link #sample}, sampled and stopped) child did. RSS in MB, times in seconds. */
    record Run(int exitCode, double wallSeconds, double cpuSeconds, double peakRssMb, double rssMb, String output) {
        /** The last lines of what it printed, for a failure's report. */
        String tail() {
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        }
    }

    static boolean measuresMemory() {
        return Files.isReadable(PROC.resolve("self/status"));
    }

    /** Runs {@code command} to its end (killed after {@code limit}), stdout and stderr together. */
    static Run run(List<String> command, Map<String, String> env, Duration limit) throws IOException, InterruptedException {
        return measure(command, env, limit, false);
    }

    /** Starts {@code command}, reads its resident memory after {@code after}, then stops it. */
    static Run sample(List<String> command, Map<String, String> env, Duration after) throws IOException, InterruptedException {
        return measure(command, env, after, true);
    }

    private static Run measure(List<String> command, Map<String, String> env, Duration limit, boolean sample)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("branch-ledger-bench", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            double cpuBefore = childrenCpuSeconds();
            long start = System.nanoTime();
            Process p = builder.start();
            Path status = PROC.resolve(p.pid() + "/status");
            long deadline = start + limit.toNanos();
            long peak = -1;
            long rss = -1;
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, kilobytes(status, "VmHWM:"));
                if (System.nanoTime() > deadline) {
                    rss = kilobytes(status, "VmRSS:");
                    break;
                }
            }
            boolean stopped = p.isAlive();
            if (stopped) {
                p.destroy();
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            if (stopped && !sample) {
                throw new IllegalStateException("still running after " + limit.toSeconds() + " s, stopped: " + command);
            }
            double cpu = childrenCpuSeconds() - cpuBefore;
            return new Run(p.exitValue(), wall, cpu, peak < 0 ? Double.NaN : peak * 1024.0 / MB,
                    rss < 0 ? Double.NaN : rss * 1024.0 / MB, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** A "Vm…: N kB" line of /proc/PID/status, -1 when there is none (no /proc, or the process is gone). */
    private static long kilobytes(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** cutime + cstime of this process: the CPU of every child it has waited for, NaN without /proc. */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(PROC.resolve("self/stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3 of proc(5), so cutime (16) and cstime (17) sit at 13 and 14.
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The load average of the last 1, 5 and 15 minutes, or "not measured". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(PROC.resolve("loadavg"), StandardCharsets.UTF_8).split(" ");
            return f[0] + " " + f[1] + " " + f[2] + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (IOException | RuntimeException e) {
            return RecordedFigures.NOT_MEASURED;
        }
    }
}
