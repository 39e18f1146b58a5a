package org.branchledger.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.branchledger.core.db.FileJournal;

/**
 * The states a kill can leave in the middle of a journalled step, made for real: the step runs, and at
 * every point between two of its writes ({@link FileJournal#watch}) the data folder is copied as it is on
 * disk at that moment. Each copy is what the next start would find had the process been killed there.
 */
public final class KillPoints {
    /** A step to run. */
    public interface Step {
        void run() throws Exception;
    }

    private KillPoints() {
    }

    /** Runs {@code step} and returns, point by point in order, a copy of {@code data} taken there. */
    public static Map<String, Path> during(Path data, Path into, Step step) throws Exception {
        Map<String, Path> copies = new LinkedHashMap<>();
        org.branchledger.core.db.StepWatch.watch(point -> {
            Path copy = into.resolve(String.format("kill-%02d", copies.size()));
            try {
                copyTree(data, copy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            copies.put(point, copy);
        });
        try {
            step.run();
        } finally {
            org.branchledger.core.db.StepWatch.watch(null);
        }
        return copies;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("branch-ledger.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Whatever a step leaves that it should not once a start has recovered: journal, staging, kept files, temporaries. */
    public static List<String> leftovers(Path data) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("branch-ledger.journal") || n.startsWith("journal-") || n.equals("temp.db")
                        || n.matches("h2backup\\d*\\.zip") || n.endsWith(".tmp") || n.startsWith("restore-")
                        || n.contains(".before-") || n.contains("-compacting")) {
                    found.add(n);
                }
            }
        }
        return found;
    }
}
