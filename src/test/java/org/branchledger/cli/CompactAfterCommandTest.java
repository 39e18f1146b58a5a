package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that leaves the file large and mostly empty (the demo writes it over and over in one transaction)
 * ends with the file rewritten compactly, every row kept. The threshold is lowered here so that a small demo
 * crosses it; in use it is 48 MB.
 */
@org.junit.jupiter.api.Tag("slow") // file-level: rewrites real database files (issue 19: real files for crash, backup and encryption tests; not in the fast group)
class CompactAfterCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void threshold() {
        System.clearProperty("branchledger.compactAbove");
    }

    private long demoFileSize(String folder) {
        CliRun cli = new CliRun(dir.resolve(folder));
        assertEquals(0, cli.run("demo", "--members", "120", "--sessions", "40"), cli.err());
        assertEquals(0, cli.run("verify"), cli.out());
        assertTrue(cli.out().startsWith("操作记录完整: "), cli.out());
        try {
            return Files.size(dir.resolve(folder).resolve("branch-ledger.mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLargeSparseFileIsCompactedWhenTheCommandEnds() {
        System.setProperty("branchledger.compactAbove", String.valueOf(Long.MAX_VALUE));
        long asWritten = demoFileSize("as-written");
        System.setProperty("branchledger.compactAbove", String.valueOf(256 * 1024));
        long compacted = demoFileSize("compacted");

        assertTrue(compacted < asWritten * 3 / 4, compacted + " bytes compacted, " + asWritten + " as written");
        assertEquals(java.util.List.of(), leftovers("compacted"), "no copy, journal or kept file left behind");
    }

    private java.util.List<String> leftovers(String folder) {
        try (var files = Files.list(dir.resolve(folder))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("branch-ledger.mv.db") && !n.equals("branch-ledger.lock")
                            && !n.equals("audit-head") && !n.equals("cache"))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
