package org.branchledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's temporary folder, removed when the JVM ends (a 10,000-member fixture is gigabytes: left behind,
 * a few days of benchmarks filled the disk). {@code -Dbench.keep=true} keeps them to look at.
 */
final class Scratch {
    private Scratch() {
    }

    static Path folder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        if (!Boolean.getBoolean("bench.keep")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "remove " + folder));
        }
        return folder;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return; // removed already (bench all removes its own)
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("未能删除临时文件夹 " + folder + ": " + e.getMessage());
        }
    }
}
