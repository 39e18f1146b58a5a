package org.branchledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.audit.AuditVerifier;
import org.branchledger.core.db.DataFolder;

/**
 * Crash safety, tried: starts {@link CrashChild} in a child JVM on one data folder, kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment, and checks the folder: the lock of the dead
 * process does not block, the database opens, every action the child reported committed is there, no
 * import is half there (a branch has all the roster's members or none), and the audit trail is intact.
 * Repeated on the same folder, so later kills hit a database that has already survived earlier ones.
 */
public final class CrashTrial {

    /** What the kills found. {@code problems} is empty when every kill was survived. */
    public record Result(int kills, int survived, int committedActions, int importsCommitted,
                         int killedDuringImport, List<String> problems) {
    }

    private CrashTrial() {
    }

    public static Result run(Path work, int kills, int rosterRows, long seed, PrintStream log) throws Exception {
        Path data = work.resolve("data");
        Path roster = work.resolve("花名册-" + rosterRows + ".xlsx");
        RosterFixture.write(roster, rosterRows);
        Random random = new Random(seed);
        Set<Integer> committed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int survived = 0;
        int duringImport = 0;
        int next = 0;
        for (int i = 0; i < kills; i++) {
            AtomicInteger last = new AtomicInteger(next - 1);
            AtomicBoolean ready = new AtomicBoolean();
            Process child = start(data, roster, next);
            java.util.concurrent.ExecutorService readerThread = java.util.concurrent.Executors.newSingleThreadExecutor();
            java.util.concurrent.Future<?> reader = readerThread.submit(() -> read(child, committed, last, ready));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!ready.get() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200 + random.nextInt(4000));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            try {
                reader.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                reader.cancel(true);
            }
            readerThread.shutdownNow();
            int inFlight = last.get() + 1;
            if (CrashChild.isImport(inFlight)) {
                duringImport++;
            }
            List<String> found = check(data, committed, rosterRows);
            if (found.isEmpty()) {
                survived++;
            } else {
                problems.addAll(found);
            }
            log.printf("kill %d: %d actions committed so far, killed during action %d (%s): %s%n", i + 1,
                    committed.size(), inFlight, CrashChild.isImport(inFlight) ? "import" : "save",
                    found.isEmpty() ? "database opens, all committed actions present, no half import" : found);
            next = inFlight + 1;
        }
        int imports = (int) committed.stream().filter(CrashChild::isImport).count();
        return new Result(kills, survived, committed.size(), imports, duringImport, problems);
    }

    private static Process start(Path data, Path roster, int first) throws IOException {
        List<String> command = ChildJvm.command(CrashChild.class.getName(), data.toString(), roster.toString(),
                String.valueOf(first));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void read(Process child, Set<Integer> committed, AtomicInteger last, AtomicBoolean ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals(CrashChild.READY)) {
                    ready.set(true);
                } else if (line.startsWith(CrashChild.COMMITTED)) {
                    int k = Integer.parseInt(line.substring(CrashChild.COMMITTED.length()).trim());
                    synchronized (committed) {
                        committed.add(k);
                    }
                    last.set(k);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the child was killed mid-line: what it printed before counts
        }
    }

    /** Opens the folder after a kill and lists what is wrong (nothing, when the kill was survived). */
    static List<String> check(Path data, Set<Integer> committed, int rosterRows) {
        List<String> problems = new ArrayList<>();
        try (App app = App.open(new DataFolder(data))) {
            Set<String> names = new HashSet<>();
            for (Branch b : app.branches().all()) {
                names.add(b.name());
                if (b.name().startsWith("导入")) {
                    int members = app.roster().members(b.id()).size();
                    if (members != 0 && members != rosterRows) {
                        problems.add("half an import: " + b.name() + " has " + members + " of " + rosterRows);
                    }
                    int k = Integer.parseInt(b.name().replaceAll("\\D", ""));
                    if (committed.contains(k) && members != rosterRows) {
                        problems.add("committed import lost: " + b.name());
                    }
                }
            }
            for (int k : committed) {
                String name = CrashChild.isImport(k) ? CrashChild.importBranch(k) : CrashChild.saveBranch(k);
                if (!names.contains(name)) {
                    problems.add("committed action lost: " + k + " (" + name + ")");
                }
            }
            AuditVerifier.Result audit = app.auditLog().verify();
            if (!audit.intact()) {
                problems.add("audit trail broken: " + audit.problems());
            }
        } catch (Exception e) {
            problems.add("does not open: " + e);
        }
        return problems;
    }

    /** For {@code bench crash}: a fresh temporary folder. */
    static Result runFresh(int kills, int rows, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-crash");
        return run(work, kills, rows, System.nanoTime(), out);
    }
}
