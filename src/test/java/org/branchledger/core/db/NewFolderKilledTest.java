package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.branchledger.Main;
import org.branchledger.bench.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new data folder's database is made under another name, compacted (H2 writes a copy and renames it) and only
 * then renamed into place: a kill -9 at any moment of a first start leaves a folder whose next start makes or
 * opens a whole database, with nothing of the half-made one left behind. A child JVM runs {@code branch list} on a
 * new folder and is killed at several moments, as shares of how long the same command took unkilled just before
 * (the quicker of two runs, or of a child that ended before its kill).
 */
@Tag("slow")
class NewFolderKilledTest {
    /** As shares of the reference run: the database is made from about a third of it (after the JVM's start) to a half. */
    private static final double[] KILL_AT = {0.2, 0.3, 0.37, 0.44, 0.52, 0.65};

    @TempDir
    Path dir;

    @Test
    void aFirstStartKilledAtAnyMomentLeavesAFolderWhoseNextStartHasTheWholeDatabase() throws Exception {
        long runMillis = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) { // the quicker of two: a moment's load on the machine must not move every kill late
            long started = System.nanoTime();
            Process whole = start(dir.resolve("reference-" + i));
            assertTrue(whole.waitFor(60, TimeUnit.SECONDS), "the reference run ends");
            assertEquals(0, whole.exitValue(), "the reference run lists the (no) branches");
            runMillis = Math.min(runMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        List<String> problems = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        int killedMidway = 0;
        int notYetInPlace = 0;
        for (int i = 0; i < KILL_AT.length; i++) {
            Path folder = dir.resolve("kill-" + i);
            long killAfter = Math.round(KILL_AT[i] * runMillis);
            long childStarted = System.nanoTime();
            Process child = start(folder);
            boolean exited = child.waitFor(killAfter, TimeUnit.MILLISECONDS);
            if (exited) { // quicker than the reference now: the later moments follow it
                runMillis = Math.min(runMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - childStarted));
            } else {
                killedMidway++;
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child ends");
            }
            boolean inPlace = Files.exists(folder.resolve("branch-ledger.mv.db"));
            if (!inPlace) {
                notYetInPlace++;
            }
            List<String> halfMade = leftovers(folder);
            try (Database db = Database.open(new DataFolder(folder))) {
                if (db.schemaVersion() != Migrations.LATEST) {
                    problems.add("kill " + i + ": schema version " + db.schemaVersion());
                }
                db.transaction(tx -> tx.execute("INSERT INTO branch (name, kind) VALUES ('甲村党支部', '农村')"));
            } catch (RuntimeException e) {
                problems.add("kill " + i + ": the next start failed: " + e);
            }
            if (!leftovers(folder).isEmpty()) {
                problems.add("kill " + i + ": left behind after the next start: " + leftovers(folder));
            }
            log.append(String.format("kill %d after %d ms of %d: %s; database %s, half-made files %s%n", i, killAfter,
                    runMillis, exited ? "the child had finished" : "killed", inPlace ? "in place" : "not yet in place",
                    halfMade));
        }
        System.out.print(log);
        assertEquals(List.of(), problems, log.toString());
        assertTrue(killedMidway >= 3, "at least three kills came while the child ran: " + log);
        assertTrue(notYetInPlace >= 1, "at least one kill came before the database was in place: " + log);
    }

    /** The files of a database being made: "branch-ledger-new…". */
    private static List<String> leftovers(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("branch-ledger-new")).sorted()
                    .toList();
        }
    }

    private static Process start(Path folder) throws java.io.IOException {
        return new ProcessBuilder(ChildJvm.command(Main.class.getName(), "--data", folder.toString(), "branch", "list"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
