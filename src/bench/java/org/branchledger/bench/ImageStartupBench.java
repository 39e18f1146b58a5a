package org.branchledger.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code bench startup --image DIR}: cold start of an installed app-image (its launcher, its jlink
 * runtime, its start-up archive) to a usable window, against a bare hello window started the way anyone
 * starts one (the JDK's {@code java}, JavaFX on the class path) and, best against best, the same window
 * run from the image's runtime with an archive of its own classes made the same way.
 */
final class ImageStartupBench {
    private ImageStartupBench() {
    }

    static void run(Path image, int runs, PrintStream out) throws Exception {
        // The hello window is a class of the benchmarks: from their jar, JavaFX through its class path.
        Path jar = Jars.bench();
        String java = image.resolve("lib/runtime/bin/java").toString();
        Path launcher;
        try (var bin = Files.list(image.resolve("bin"))) {
            launcher = bin.findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + image + "/bin"));
        }
        Path work = Scratch.folder("branch-ledger-bench");
        Path data = work.resolve("data");
        BenchCommand.run(List.of(launcher.toString(), "--data", data.toString(), "demo"), false);

        // The hello window's own archive: its class list from one start, dumped like the app's.
        Path helloList = work.resolve("hello.classlist");
        Path helloArchive = work.resolve("hello.jsa");
        BenchCommand.run(List.of(java, "-XX:DumpLoadedClassList=" + helloList, "-cp", jar.toString(),
                HelloWindow.class.getName()), true);
        BenchCommand.run(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + helloList,
                "-XX:SharedArchiveFile=" + helloArchive, "-cp", jar.toString()), false);
        List<String> hello = List.of(java, "-Dfile.encoding=UTF-8", "-XX:SharedArchiveFile=" + helloArchive,
                "-Xshare:on", "-cp", jar.toString(), HelloWindow.class.getName());
        List<String> helloPlain = List.of(java, "-cp", jar.toString(), HelloWindow.class.getName());

        // The app exactly as a user starts it; -Xshare:on proves its archive is used (it fails otherwise).
        List<String> window = List.of(launcher.toString(), "--data", data.toString());
        Map<String, String> probe = Map.of("JAVA_TOOL_OPTIONS", "-Dbranchledger.startupProbe=true -Xshare:on");
        Map<String, String> probeNoArchive = Map.of("JAVA_TOOL_OPTIONS", "-Dbranchledger.startupProbe=true -Xshare:off");

        String systemJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> helloDeveloper = List.of(systemJava, "-cp", jar.toString(), HelloWindow.class.getName());

        // Taken in turns (one start of each, then the next round), so that a busy moment of a shared
        // machine falls on all of them alike; one warm-up start of each first.
        List<Start> starts = List.of(
                new Start("hello window (java -cp, the JDK's own archive only: a bare JavaFX window as anyone starts it)",
                        helloDeveloper, Map.of()),
                new Start("hello window (the image's runtime, an archive of its own classes)", hello, Map.of()),
                new Start("hello window (the image's runtime, no archive)", helloPlain, Map.of()),
                new Start("branch ledger (app-image launcher, its start-up archive: as installed)", window, probe),
                new Start("branch ledger (app-image launcher, no archive)", window, probeNoArchive));
        double[][] seconds = new double[starts.size()][runs];
        for (Start s : starts) {
            BenchCommand.run(s.command(), s.env(), true);
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < starts.size(); k++) {
                seconds[k][i] = BenchCommand.run(starts.get(k).command(), starts.get(k).env(), true);
            }
        }
        double[] medians = new double[starts.size()];
        for (int k = 0; k < starts.size(); k++) {
            medians[k] = BenchCommand.median(seconds[k]);
            out.printf("%s: median %.2f s of %d%n", starts.get(k).label(), medians[k], runs);
        }
        out.printf("as installed against the bare window: %.2fx; against the hello with its own archive: %.2fx%n",
                medians[3] / medians[0], medians[3] / medians[1]);
        out.printf("without archives, against the hello from the same runtime: %.2fx%n", medians[4] / medians[2]);
    }

    private record Start(String label, List<String> command, Map<String, String> env) {
    }
}
