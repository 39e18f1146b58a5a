package org.branchledger.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.Main;

/**
 * How the benchmarks start other JVMs: the product as users start it ({@code java -jar target/branch-ledger.jar},
 * found beside the benchmarks through the bench jar's class path) and the benchmarks' own classes.
 */
final class Jars {
    private Jars() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where the product's classes come from: target/branch-ledger.jar (or target/classes in the tests). */
    static Path product() {
        return location(Main.class);
    }

    /** Where the benchmarks' classes come from: target/branch-ledger-bench.jar (or target/test-classes). */
    static Path bench() {
        return location(BenchMain.class);
    }

    /** {@code java OPTIONS -jar target/branch-ledger.jar ARGS}; from class folders, the same main on this class path. */
    static List<String> product(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        Path product = product();
        if (product.toString().endsWith(".jar")) {
            command.addAll(List.of("-jar", product.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code BranchLedger ARGS}: the program as installed, the app-image's launcher that {@code mvn verify} builds
     * beside the jar (target/installer/image/BranchLedger: its own runtime, options and start-up archive); empty
     * when there is none.
     */
    static java.util.Optional<List<String>> installed(String... args) {
        Path launcher = product().resolveSibling("installer").resolve("image").resolve("BranchLedger").resolve("bin")
                .resolve("BranchLedger");
        if (!java.nio.file.Files.isExecutable(launcher)) {
            return java.util.Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return java.util.Optional.of(command);
    }

    /** {@code java OPTIONS -cp (this class path) BenchMain ARGS}: a benchmark in a JVM of its own. */
    static List<String> bench(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
