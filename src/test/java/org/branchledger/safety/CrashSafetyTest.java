package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.bench.CrashTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM importing rosters and saving, killed with SIGKILL at random moments (a handful of kills
 * here; {@code bench crash} tries many more for docs/BENCHMARKS.md).
 */
@org.junit.jupiter.api.Tag("slow")
class CrashSafetyTest {

    @Test
    void aKilledProcessLeavesADatabaseThatOpensWithEveryCommittedActionAndNoHalfImport(@TempDir Path work)
            throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashTrial.Result r = CrashTrial.run(work, 4, 1500, 20261122L, new PrintStream(log, true, StandardCharsets.UTF_8));
        String report = log.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), r.problems(), report);
        assertEquals(4, r.survived(), report);
        assertTrue(r.committedActions() > 0, "the child got some work done between kills: " + report);
    }
}
