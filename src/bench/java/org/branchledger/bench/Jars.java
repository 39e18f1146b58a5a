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
