import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the installers from target/branch-ledger.jar with the JDK that runs it (jlink and jpackage from
 * ${java.home}/bin). A single-file program, so it runs the same on Linux, Windows and macOS:
 *
 * <pre>
 *   java installer/Installer.java app-image   # trimmed runtime + app-image + start-up archive
 *   java installer/Installer.java check       # the app-image answers like the jar (CI runs this)
 *   java installer/Installer.java deb|msi|dmg # the installer of this OS, from the app-image
 * </pre>
 *
 * Run from the project folder after {@code mvn package}; the args files it reads are the ones Maven
 * filtered into target/installer/. Everything it makes is under target/installer/.
 */
public final class Installer {
    private static final Path TARGET = Path.of("target");
    private static final Path WORK = TARGET.resolve("installer");
    private static final Path JAR = TARGET.resolve("branch-ledger.jar");
    private static final Path RUNTIME = WORK.resolve("runtime");
    private static final Path INPUT = WORK.resolve("input");
    private static final Path IMAGES = WORK.resolve("image");
    private static final Path OUT = WORK.resolve("out");
    private static final String OS = os();
    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            fail("usage: java installer/Installer.java runtime|app-image|check|deb|msi|dmg ... (steps in order)");
        }
        boolean runtimeOnly = args.length == 1 && args[0].equals("runtime");
        if (!runtimeOnly && (!Files.isRegularFile(JAR) || !Files.isDirectory(WORK))) {
            fail("run `mvn package` first: " + JAR + " and " + WORK + " are needed");
        }
        for (int i = 0; i < args.length; i++) { // several steps in one run spare compiling this file again (issue 19)
            String step = args[i];
            long start = System.nanoTime();
            if (step.equals("app-image") && i + 1 < args.length && args[i + 1].equals("check")) {
                appImageAndCheck(start);
                i++;
                continue;
            }
            switch (step) {
                case "runtime" -> runtime();
                case "app-image" -> appImage();
                case "check" -> check();
                case "deb", "msi", "dmg" -> installer(step);
                default -> fail("unknown step " + step);
            }
            System.out.printf("installer: %s done in %.1f s%n", step, (System.nanoTime() - start) / 1e9);
        }
    }

    /** jlink runtime, jpackage app-image, a training start for the class list, the start-up archive. */
    static void appImage() throws Exception {
        Path image = buildImage();
        dumpArchive(image);
        printImage(image);
    }

    /**
     * {@code app-image check}: the check's commands run while the start-up archive is dumped (some 6 s on one core
     * of two; a launcher started meanwhile runs without an archive, as it does before one exists), then the check
     * that the archive maps.
     */
    static void appImageAndCheck(long start) throws Exception {
        Path image = buildImage();
        java.util.concurrent.CompletableFuture<Void> dump = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                dumpArchive(image);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        long checkStart = System.nanoTime();
        String commands = checkCommands(image);
        double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
        try {
            dump.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        printImage(image);
        System.out.printf("installer: app-image done in %.1f s (its check's commands meanwhile, %.1f s)%n",
                (System.nanoTime() - start) / 1e9, checkSeconds);
        long archiveStart = System.nanoTime();
        checkArchive(image);
        System.out.println("installer: check passed: " + commands + ", the start-up archive maps, from " + launcher(image));
        System.out.printf("installer: check done in %.1f s after the app-image%n", (System.nanoTime() - archiveStart) / 1e9);
    }

    private static void printImage(Path image) throws IOException {
        System.out.printf("installer: app-image %s, %.1f MB (archive %.1f MB)%n", image, megabytes(image),
                megabytes(appDir(image).resolve("branch-ledger.jsa")));
    }

    /** jpackage's app-image, the Linux launcher and the class list of a training start: all but the archive. */
    private static Path buildImage() throws Exception {
        deleteTree(INPUT);
        deleteTree(IMAGES);
        runtime();
        Files.createDirectories(INPUT);
        Files.copy(JAR, INPUT.resolve("branch-ledger.jar"));
        run(List.of(tool("jpackage"), "@" + WORK.resolve("image.args"), "@" + WORK.resolve(OS).resolve("image.args"),
                "--type", "app-image", "--dest", IMAGES.toString()));
        Path image = image();
        if (OS.equals("linux")) {
            writeLinuxLauncher(image);
        }
        writeClassList(image);
        return image;
    }

    /**
     * Replaces jpackage's Linux launcher with a shell script that starts the bundled Java with the same
     * options (read from the launcher's .cfg, which jpackage wrote from image.args). jpackage's launcher asks
     * {@code rpm -qf} and {@code dpkg -S} who owns it at every start, twice; on Debian that is about 120 ms of
     * a 0.8 s start (measured, docs/BENCHMARKS.md). The Windows and macOS launchers do no such thing and stay.
     */
    static void writeLinuxLauncher(Path image) throws IOException {
        String name = image.getFileName().toString();
        Path cfg = appDir(image).resolve(name + ".cfg");
        List<String> options = new ArrayList<>();
        String classpath = null;
        String mainClass = null;
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            } else if (line.startsWith("app.classpath=")) {
                classpath = line.substring("app.classpath=".length());
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            }
        }
        if (classpath == null || mainClass == null) {
            fail("no app.classpath or app.mainclass in " + cfg);
        }
        StringBuilder script = new StringBuilder()
                .append("#!/bin/sh\n")
                .append("# 支部台账 (Branch Ledger). Written by installer/Installer.java from ").append(cfg.getFileName())
                .append(": jpackage's own\n# launcher asks rpm and dpkg who owns it at every start (~120 ms); this starts Java directly.\n")
                .append("APPDIR=$(cd \"$(dirname \"$(readlink -f \"$0\")\")/../lib/app\" && pwd -P) || exit 1\n")
                .append("exec \"$APPDIR/../runtime/bin/java\"");
        for (String option : options) {
            script.append(" ").append(shellWord(option));
        }
        script.append(" -cp ").append(shellWord(classpath)).append(" ").append(shellWord(mainClass)).append(" \"$@\"\n");
        Path launcher = launcher(image);
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        launcher.toFile().setExecutable(true, false);
    }

    /** One word for sh: in double quotes, {@code $APPDIR} left to the shell, nothing else special allowed. */
    private static String shellWord(String value) {
        if (value.replace("$APPDIR", "").matches(".*[\"\\\\`$].*")) {
            fail("cannot put this option into the Linux launcher script: " + value);
        }
        return "\"" + value + "\"";
    }

    /** The class list: every class a start to a usable window loads, recorded by the JVM. */
    static void writeClassList(Path image) throws Exception {
        Path data = Files.createTempDirectory("branch-ledger-training");
        Path list = appDir(image).resolve("branch-ledger.classlist");
        Path jar = appDir(image).resolve("branch-ledger.jar");
        String java = imageJava(image);
        run(List.of(java, "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-cp", jar.toString(), "org.branchledger.Main", "--data",
                data.toString(), "demo", "--members", "36"));
        List<String> training = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-XX:DumpLoadedClassList=" + list,
                "-Dbranchledger.startupProbe=true", "-Dbranchledger.startupProbe.linger=1500", "-cp", jar.toString(), "org.branchledger.Main", "--data", data.toString()));
        List<String> display = displayPrefix();
        if (display == null) {
            // No display (a server without Xvfb): train on a command instead; H2 and jOOQ are still covered.
            System.out.println("installer: no display and no xvfb-run: the class list covers a command, not the window");
            training.add("members");
        } else {
            training.addAll(0, display);
        }
        run(training);
        deleteTree(data);
    }

    /** Dumps the archive in place, through the app's own code (the same the installed app uses). */
    static void dumpArchive(Path image) throws Exception {
        Path app = appDir(image);
        run(List.of(imageJava(image), "-Dbranchledger.cds.archive=" + app.toAbsolutePath().resolve("branch-ledger.jsa"),
                "-cp", app.toAbsolutePath().resolve("branch-ledger.jar").toString(),
                "org.branchledger.shell.StartupArchive"));
    }

    /** The packaging check CI runs: the app-image is the jar, with the same answers. */
    static void check() throws Exception {
        Path image = image();
        String commands = checkCommands(image);
        checkArchive(image);
        System.out.println("installer: check passed: " + commands + ", the start-up archive maps, from " + launcher(image));
    }

    /** The app-image answers as the jar does: {@code --help}, a demo and its members, an unknown command. */
    private static String checkCommands(Path image) throws Exception {
        String launcher = launcher(image).toString();
        String java = JAVA_BIN.resolve("java").toString();
        String jarHelp = output(List.of(java, "-jar", JAR.toString(), "--help"));
        String imageHelp = output(List.of(launcher, "--help"));
        if (!jarHelp.equals(imageHelp)) {
            fail("`--help` differs between the jar and the app-image:\n--- jar\n" + jarHelp + "--- image\n" + imageHelp);
        }
        Path data = Files.createTempDirectory("branch-ledger-check");
        String demo = output(List.of(launcher, "--data", data.toString(), "demo", "--members", "12"));
        String members = output(List.of(launcher, "--data", data.toString(), "members", "--format", "csv"));
        long rows = members.lines().filter(l -> !l.isBlank()).count();
        if (!demo.contains("12") || rows != 13 || !members.startsWith("姓名,公民身份号码")) {
            fail("the app-image's demo/members did not work:\n" + demo + members);
        }
        String missing = output(List.of(launcher, "--data", data.toString(), "no-such-command"), 2);
        if (!missing.contains("no-such-command")) {
            fail("an unknown command should exit 2 with a message naming it, got: " + missing);
        }
        deleteTree(data);
        return "`--help` identical (" + jarHelp.lines().count() + " lines), demo + members (12 members) and exit codes work";
    }

    /** -Xshare:on makes the JVM refuse to start unless the start-up archive maps: it fits this jar. */
    private static void checkArchive(Path image) throws Exception {
        ProcessBuilder shared = new ProcessBuilder(launcher(image).toString(), "--help").redirectErrorStream(true);
        shared.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        Process p = shared.start();
        String sharedOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail("the start-up archive does not fit the app-image:\n" + sharedOut);
        }
    }

    /** An installer for this OS from the app-image (without its machine-specific archive). */
    static void installer(String type) throws Exception {
        Path image = image();
        Path app = appDir(image);
        Files.deleteIfExists(app.resolve("branch-ledger.jsa"));
        Files.deleteIfExists(app.resolve("branch-ledger.jsa.stamp"));
        Files.createDirectories(OUT);
        List<String> command = new ArrayList<>(List.of(tool("jpackage")));
        if (type.equals("msi")) {
            // WiX gets the Chinese culture (code page 936), so the Chinese names can go into the MSI.
            command.addAll(List.of("-J-Duser.language=zh", "-J-Duser.country=CN"));
        }
        command.addAll(List.of("@" + WORK.resolve(OS).resolve("package.args"), "--type", type,
                "--app-image", image.toString(), "--dest", OUT.toString()));
        run(command);
        dumpArchive(image); // the app-image itself keeps working fast
        try (Stream<Path> files = Files.list(OUT)) {
            files.forEach(f -> System.out.printf("installer: %s %.1f MB%n", f, megabytes(f)));
        }
    }

    /**
     * The jlink runtime, made again only when the JDK or jlink.args changed since it was made (written beside it,
     * in runtime.made-from): jlink took some 11 s of CPU of every `mvn verify` for the same files (issue 19).
     */
    private static void runtime() throws Exception {
        // Before `mvn package` copied (and filtered) it into target/installer, the source folder's jlink.args: the
        // runtime can be made from the build's start, beside the compiling and the tests (issue 19). Should the
        // copy ever differ, the app-image's call sees another made-from and makes the runtime again.
        Path args = Files.isRegularFile(WORK.resolve("jlink.args")) ? WORK.resolve("jlink.args")
                : Path.of("installer", "jlink.args");
        String from = System.getProperty("java.home") + " " + System.getProperty("java.runtime.version") + "\n"
                + Files.readString(args, StandardCharsets.UTF_8);
        Files.createDirectories(WORK);
        // One maker at a time: the build starts one in the background, and the app-image waits for it here.
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(WORK.resolve("runtime.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = lock.lock()) {
            Path madeFrom = WORK.resolve("runtime.made-from");
            if (Files.isDirectory(RUNTIME) && Files.isRegularFile(madeFrom)
                    && Files.readString(madeFrom, StandardCharsets.UTF_8).equals(from)) {
                System.out.println("installer: the jlink runtime is up to date, " + RUNTIME);
                return;
            }
            Files.deleteIfExists(madeFrom);
            deleteTree(RUNTIME);
            run(List.of(tool("jlink"), "@" + args, "--output", RUNTIME.toString()));
            stripNativeSymbols();
            Files.writeString(madeFrom, from, StandardCharsets.UTF_8);
        }
    }

    private static void stripNativeSymbols() throws Exception {
        Path libjvm = RUNTIME.resolve("lib/server/libjvm.so");
        if (OS.equals("linux") && Files.exists(libjvm) && onPath("strip")) {
            run(List.of("strip", "--strip-unneeded", libjvm.toString())); // symbols only; 24 MB → 20 MB
        }
    }

    private static List<String> displayPrefix() {
        if (!OS.equals("linux") || System.getenv("DISPLAY") != null) {
            return List.of();
        }
        return onPath("xvfb-run") ? List.of("xvfb-run", "-a") : null;
    }

    private static Path image() throws IOException {
        try (Stream<Path> images = Files.list(IMAGES)) {
            return images.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no app-image in " + IMAGES + ": run the app-image step"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("no app-image in " + IMAGES + ": run the app-image step");
        }
    }

    private static Path appDir(Path image) {
        return OS.equals("macos") ? image.resolve("Contents/app") : image.resolve("lib/app");
    }

    private static String imageJava(Path image) {
        Path runtime = OS.equals("macos") ? image.resolve("Contents/runtime/Contents/Home") : image.resolve("lib/runtime");
        return runtime.resolve("bin").resolve(OS.equals("windows") ? "java.exe" : "java").toString();
    }

    private static Path launcher(Path image) throws IOException {
        String name = image.getFileName().toString().replaceAll("\\.app$", "");
        return switch (OS) {
            case "windows" -> image.resolve(name + ".exe");
            case "macos" -> image.resolve("Contents/MacOS").resolve(name);
            default -> image.resolve("bin").resolve(name);
        };
    }

    private static String tool(String name) {
        return JAVA_BIN.resolve(OS.equals("windows") ? name + ".exe" : name).toString();
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static void run(List<String> command) throws Exception {
        System.out.println("installer: " + String.join(" ", command));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            fail("failed: " + String.join(" ", command));
        }
    }

    private static String output(List<String> command) throws Exception {
        return output(command, 0);
    }

    private static String output(List<String> command, int expectedExit) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != expectedExit) {
            fail("expected exit " + expectedExit + " from " + String.join(" ", command) + ", output:\n" + text);
        }
        return text;
    }

    private static double megabytes(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1_048_576.0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                f.toFile().setWritable(true);
                Files.delete(f);
            }
        }
    }

    private static void fail(String message) {
        System.err.println("installer: " + message);
        System.exit(1);
    }

    private Installer() {
    }
}
