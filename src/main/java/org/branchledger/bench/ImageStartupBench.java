package org.branchledger.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code bench startup --image DIR}: cold start of an installed app-image (its launcher, its jlink
 * runtime, its start-up archive) to a usable window, against the bare hello window run from the same
 * runtime with an archive of its own classes made the same way: best against best.
 */
final class ImageStartupBench {
    private ImageStartupBench() {
    }

    static void run(Path image, int runs, PrintStream out) throws Exception {
        Path app = image.resolve("lib/app");
        Path jar = app.resolve("branch-ledger.jar");
        String java = image.resolve("lib/runtime/bin/java").toString();
        Path launcher;
        try (var bin = Files.list(image.resolve("bin"))) {
            launcher = bin.findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + image + "/bin"));
        }
        Path work = Files.createTempDirectory("branch-ledger-bench");
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

        double helloMedian = BenchCommand.median(hello, runs);
        double appMedian = BenchCommand.median(window, probe, runs);
        double helloPlainMedian = BenchCommand.median(helloPlain, runs);
        double appPlainMedian = BenchCommand.median(window, probeNoArchive, runs);
        out.printf("hello window (image runtime, its own archive): median %.2f s of %d%n", helloMedian, runs);
        out.printf("branch ledger (app-image launcher, start-up archive): median %.2f s of %d (%.2fx the hello window)%n",
                appMedian, runs, appMedian / helloMedian);
        out.printf("hello window (image runtime, no archive): median %.2f s of %d%n", helloPlainMedian, runs);
        out.printf("branch ledger (app-image launcher, no archive): median %.2f s of %d (%.2fx)%n",
                appPlainMedian, runs, appPlainMedian / helloPlainMedian);
    }
}
