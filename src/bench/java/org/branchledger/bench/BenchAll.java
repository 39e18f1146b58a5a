package org.branchledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.bench.RecordedFigures.Comparison;
import org.branchledger.bench.RecordedFigures.Figure;

/**
 * {@code bench all}: the figures of docs/BENCHMARKS.md in one go, each in a JVM of its own (the in-process
 * benchmarks as {@code bench …} children of the bench jar, the rest as whole processes of the product jar),
 * printed beside the last recorded ones, any more than 25 % worse marked; {@code --record} writes them into
 * the document. About four minutes on a quiet two-core machine, most of it the hours fixture.
 */
final class BenchAll {
    static final String DOC = "docs/BENCHMARKS.md";
    private static final Duration LIMIT = Duration.ofMinutes(15); // only against a hang: a loaded machine is slow
    private static final Duration WINDOW_AFTER = Duration.ofSeconds(25);
    private static final String BRANCH = "测试村党支部";

    private final Path doc;
    private final PrintStream out;
    private final String date;
    private final List<Figure> figures = new ArrayList<>();
    private Path work;
    /** The 10,000-row roster of {@link #importRoster}, imported again by the installed program. */
    private Path rosterFile;
    /** How long a JVM that only reads that file's cells took, seconds. */
    private double cellsWall = Double.NaN;

    BenchAll(Path doc, PrintStream out) {
        this.doc = doc;
        this.out = out;
        this.date = LocalDateTime.now(App.clock()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd"));
    }

    ExitCode run(boolean record) throws Exception {
        if (!Files.isRegularFile(doc)) {
            throw UserError.badInput(BenchCommand.text("bench.noDoc").replace("{0}", doc.toString()));
        }
        String markdown = Files.readString(doc, StandardCharsets.UTF_8);
        List<Figure> last = RecordedFigures.parse(markdown);
        String loadAtStart = ProcessMeter.loadAverage();
        String started = LocalDateTime.now(App.clock()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        out.println("bench all, " + started + "; load average at the start: " + loadAtStart);
        out.println("product: " + Jars.product() + "; " + last.size() + " figures recorded in " + doc);
        if (!ProcessMeter.measuresMemory()) {
            out.println("no /proc here: peak memory and CPU time not measured");
        }
        long t0 = System.nanoTime();
        work = Scratch.folder("branch-ledger-bench-all");
        try {
            importInProcess();
            importRoster();
            hours();
            Path demo = demo();
            pack(demo);
            window(demo);
            roster36();
            installed(demo);
        } finally {
            delete(work);
        }
        String loadAtEnd = ProcessMeter.loadAverage();
        double minutes = (System.nanoTime() - t0) / 60e9;
        out.println();
        List<Comparison> compared = RecordedFigures.compare(last, figures);
        compared.forEach(c -> out.println(c.line()));
        long worse = compared.stream().filter(Comparison::worse).count();
        out.printf("%n%d of %d figures more than 25 %% worse than recorded; %.1f min; load average at the end: %s%n",
                worse, figures.size(), minutes, loadAtEnd);
        if (Character.isDigit(loadAtStart.charAt(0)) && !loadAtStart.startsWith("0.") && !loadAtStart.startsWith("1.")) {
            out.println("the machine was busy (load 2 or more on its cores): wall times and milliseconds grow with the"
                    + " load; CPU times, memory, sizes and pages much less. Compare runs at like loads.");
        }
        if (record) {
            String note = String.format(java.util.Locale.ROOT, "Recorded %s by `bench all --record` in %.1f min; load"
                    + " average %s at the start, %s at the end.", started, minutes, loadAtStart, loadAtEnd);
            String now = Files.readString(doc, StandardCharsets.UTF_8); // as it is now: it may have been edited meanwhile
            Files.writeString(doc, RecordedFigures.record(now, figures, note), StandardCharsets.UTF_8);
            out.println("recorded in " + doc);
        }
        return ExitCode.DONE;
    }

    /** {@code bench import --rows 10000} with its 300 MB heap: read, check and write in one JVM. */
    private void importInProcess() throws Exception {
        String name = "bench import --rows 10000";
        ProcessMeter.Run r = bench(name, List.of("-Xmx300m"), "bench", "import", "--rows", "10000");
        add(name + ": total", number(r, "total: ([0-9.]+) s"), "s");
        add(name + ": write", number(r, "write: ([0-9.]+) s"), "s");
    }

    /** {@code import-roster} of a 10,000-row .xlsx into a fresh folder, as a whole process. */
    private void importRoster() throws Exception {
        Path file = work.resolve("花名册-10000.xlsx");
        RosterFixture.write(file, 10_000);
        String name = "import-roster 10,000 rows, new folder";
        ProcessMeter.Run r = product(name, List.of("--data", work.resolve("import").toString(), "import-roster",
                file.toString(), "--branch", BRANCH));
        whole(name, r);
        // issue 18's yardstick, measured now on this machine rather than taken from the issue (0.91 s then)
        ProcessMeter.Run cells = report("a JVM only reading the file's cells", ProcessMeter.run(ReadCells.command(file),
                Map.of(), LIMIT));
        cellsWall = ok(cells) ? cells.wallSeconds() : Double.NaN;
        times(name, r);
        this.rosterFile = file;
    }

    /** {@code bench hours --members 10000 --sessions 200}: the hours command's computation, median of 5. */
    private void hours() throws Exception {
        String name = "bench hours --members 10000 --sessions 200";
        ProcessMeter.Run r = bench(name, List.of(), "bench", "hours", "--members", "10000", "--sessions", "200");
        add(name + ": hours", number(r, "the hours command\\): median ([0-9.]+) ms"), "ms");
        add(name + ": dashboard", number(r, "dashboard data: median ([0-9.]+) ms"), "ms");
    }

    /** {@code demo --members 1000 --sessions 200} in a fresh folder: its time and the folder's size after. */
    private Path demo() throws Exception {
        Path data = work.resolve("demo-1000");
        String name = "demo --members 1000 --sessions 200";
        ProcessMeter.Run r = product(name, List.of("--data", data.toString(), "demo", "--members", "1000",
                "--sessions", "200"));
        add(name + ": wall", ok(r) ? r.wallSeconds() : Double.NaN, "s");
        add(name + ": data folder", ok(r) ? size(data) / 1e6 : Double.NaN, "MB");
        return data;
    }

    /** {@code ledger pack} of the 1,000-member demo as a whole process, and its pages. */
    private void pack(Path demo) throws Exception {
        Path pdf = work.resolve("pack.pdf");
        String name = "ledger pack, 1,000-member demo";
        ProcessMeter.Run r = product(name, List.of("--data", demo.toString(), "ledger", "pack", "--year", year(),
                "--out", pdf.toString()));
        whole(name, r);
        double pages = Double.NaN;
        if (ok(r)) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                pages = d.getNumberOfPages();
            }
        }
        add(name + ": pages", pages, "pages");
    }

    /** The window on the 1,000-member demo: resident memory after 25 s (only with a display). */
    private void window(Path demo) throws Exception {
        window("window, 1,000-member demo: RSS after 25 s", Jars.product(List.of(), "--data", demo.toString()));
    }

    private void window(String name, List<String> command) throws Exception {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            out.println(name + ": skipped, no display (run under xvfb-run -a to measure it)");
            add(name, Double.NaN, "MB");
            return;
        }
        out.println(name + " ...");
        ProcessMeter.Run r = ProcessMeter.sample(command, Map.of(), WINDOW_AFTER);
        out.printf("  %.0f MB resident, %.0f MB at most%n", r.rssMb(), r.peakRssMb());
        add(name, r.rssMb(), "MB");
    }

    /** {@code ledger roster} of the 36-member demo as a whole process. */
    private void roster36() throws Exception {
        Path data = work.resolve("demo-36");
        product("demo (36 members)", List.of("--data", data.toString(), "demo"));
        String name = "ledger roster, 36-member demo";
        ProcessMeter.Run r = product(name, List.of("--data", data.toString(), "ledger", "roster", "--year", year(),
                "--out", work.resolve("roster.pdf").toString()));
        whole(name, r);
    }

    /**
     * The pack, the window and the 36-member roster again through the program as installed (the app-image {@code mvn
     * verify} builds on Linux, with the options and start-up archive a secretary's PC gets), when it is there.
     */
    private void installed(Path demo) throws Exception {
        String as = " (installed program)";
        if (Jars.installed().isEmpty()) {
            out.println("the installed program: skipped, no target/installer/image (mvn verify builds it on Linux)");
            for (String name : List.of("import-roster 10,000 rows, new folder", "ledger pack, 1,000-member demo",
                    "ledger roster, 36-member demo")) {
                wallAndPeak(name + as, null);
            }
            times("import-roster 10,000 rows, new folder" + as, null);
            add("window, 1,000-member demo" + as + ": RSS after 25 s", Double.NaN, "MB");
            return;
        }
        String imported = "import-roster 10,000 rows, new folder" + as;
        ProcessMeter.Run installedImport = report(imported, ProcessMeter.run(Jars.installed("--data",
                work.resolve("import-installed").toString(), "import-roster", rosterFile.toString(), "--branch", BRANCH)
                .orElseThrow(), Map.of(), LIMIT));
        wallAndPeak(imported, installedImport);
        times(imported, installedImport);
        String pack = "ledger pack, 1,000-member demo" + as;
        wallAndPeak(pack, report(pack, ProcessMeter.run(Jars.installed("--data", demo.toString(), "ledger", "pack",
                "--year", year(), "--out", work.resolve("pack-installed.pdf").toString()).orElseThrow(), Map.of(), LIMIT)));
        String roster = "ledger roster, 36-member demo" + as;
        wallAndPeak(roster, report(roster, ProcessMeter.run(Jars.installed("--data", work.resolve("demo-36").toString(),
                "ledger", "roster", "--year", year(), "--out", work.resolve("roster-installed.pdf").toString())
                .orElseThrow(), Map.of(), LIMIT)));
        window("window, 1,000-member demo" + as + ": RSS after 25 s", Jars.installed("--data", demo.toString()).orElseThrow());
    }

    private ProcessMeter.Run bench(String name, List<String> options, String... args) throws Exception {
        List<String> jvm = new ArrayList<>(options);
        jvm.add("-Djava.io.tmpdir=" + work); // their own temporary folders go with ours
        return report(name, ProcessMeter.run(Jars.bench(jvm, args), Map.of(), LIMIT));
    }

    private ProcessMeter.Run product(String name, List<String> args) throws Exception {
        return report(name, ProcessMeter.run(Jars.product(List.of(), args.toArray(String[]::new)), Map.of(), LIMIT));
    }

    private ProcessMeter.Run report(String name, ProcessMeter.Run r) {
        out.printf("%s: exit %d, %.1f s, %.1f s CPU, peak RSS %.0f MB%n", name, r.exitCode(), r.wallSeconds(),
                r.cpuSeconds(), r.peakRssMb());
        if (!ok(r)) {
            out.println("  FAILED; its last lines:\n" + r.tail().indent(4));
        }
        return r;
    }

    /** How many times as long as the JVM that only read the cells (issue 18: at most 4). */
    private void times(String name, ProcessMeter.Run r) {
        boolean ran = r != null && ok(r) && cellsWall > 0;
        add(name + ": × a JVM only reading the cells", ran ? Math.round(r.wallSeconds() / cellsWall * 10) / 10.0
                : Double.NaN, "times");
    }

    /** Wall time, CPU time and peak resident memory of a whole process. */
    private void whole(String name, ProcessMeter.Run r) {
        add(name + ": wall", ok(r) ? r.wallSeconds() : Double.NaN, "s");
        add(name + ": CPU", ok(r) ? r.cpuSeconds() : Double.NaN, "s");
        add(name + ": peak RSS", ok(r) ? r.peakRssMb() : Double.NaN, "MB");
    }

    /** Wall time and peak resident memory of a whole process ({@code r} null: not run). */
    private void wallAndPeak(String name, ProcessMeter.Run r) {
        boolean ran = r != null && ok(r);
        add(name + ": wall", ran ? r.wallSeconds() : Double.NaN, "s");
        add(name + ": peak RSS", ran ? r.peakRssMb() : Double.NaN, "MB");
    }

    private void add(String name, double value, String unit) {
        figures.add(new Figure(name, value, unit, date));
    }

    private static boolean ok(ProcessMeter.Run r) {
        return r.exitCode() == 0;
    }

    private double number(ProcessMeter.Run r, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(r.output());
        if (!ok(r) || !m.find()) {
            out.println("  no figure /" + pattern + "/ in its output");
            return Double.NaN;
        }
        return Double.parseDouble(m.group(1));
    }

    private static String year() {
        return String.valueOf(LocalDateTime.now(App.clock()).getYear());
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
