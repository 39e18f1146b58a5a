package org.branchledger.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.branchledger.App;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;

/**
 * {@code bench backup}: backup and restore of the demo branch (N members, a year of study and notes),
 * plain and with a password; {@code bench crash}: kills survived out of kills tried; {@code bench fuzz}:
 * bad inputs refused out of inputs tried.
 */
final class SafetyBench {
    private SafetyBench() {
    }

    static void backup(int members, int runs, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-backup");
        DataFolder folder = new DataFolder(work.resolve("data"));
        try (App app = App.open(folder)) {
            long start = System.nanoTime();
            app.demo().create("红旗村党支部（示范）", members, Year.now(app.todayClock()).getValue());
            out.printf("demo branch: %d members in %.1f s%n", members, (System.nanoTime() - start) / 1e9);
        }
        try (App app = App.open(folder)) {
            // The day's automatic backup when the window closes: a file left sparse by the demo's many
            // commits is compacted first (copy, compact, compare every row, swap), then backed up.
            Path db = app.folder().databaseBase().resolveSibling("branch-ledger.mv.db");
            double sizeBefore = Files.size(db) / 1e6;
            long t0 = System.nanoTime();
            Path made = app.backups().automatic(Progress.NONE).orElseThrow();
            out.printf("automatic backup at closing: database %.1f MB before, %.1f MB after compacting, backup file"
                            + " %.1f MB, %.2f s in all%n", sizeBefore, Files.size(db) / 1e6, Files.size(made) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            measure(app, work, runs, "plain", out);
            app.passwords().change(null, "bench-password".toCharArray());
            measure(app, work, runs, "with password (AES)", out);
        }
    }

    private static void measure(App app, Path work, int runs, String label, PrintStream out) throws Exception {
        char[] pw = app.passwords().hasPassword() ? "bench-password".toCharArray() : null;
        for (int i = 0; i < runs; i++) {
            Path file = work.resolve("b" + i + ".blbak");
            long t0 = System.nanoTime();
            app.backups().create(file, Progress.NONE);
            long t1 = System.nanoTime();
            app.backups().restore(file, pw, Progress.NONE);
            long t2 = System.nanoTime();
            int members = app.branches().all().stream().mapToInt(b -> app.roster().members(b.id()).size()).sum();
            out.printf("%s run %d: database %.1f MB, backup file %.1f MB, backup %.2f s, restore %.2f s"
                            + " (check, unpack, test-open, keep the replaced data, swap, reopen); %d members after%n",
                    label, i + 1, Files.size(app.folder().databaseBase().resolveSibling("branch-ledger.mv.db")) / 1e6,
                    Files.size(file) / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, members);
        }
    }

    static void crash(int kills, int rows, PrintStream out) throws Exception {
        long start = System.nanoTime();
        CrashTrial.Result r = CrashTrial.runFresh(kills, rows, out);
        out.printf("kills survived: %d of %d (%d killed during a %d-row import); %d actions committed, %d of them"
                        + " imports; %.0f s%n", r.survived(), r.kills(), r.killedDuringImport(), rows,
                r.committedActions(), r.importsCommitted(), (System.nanoTime() - start) / 1e9);
        r.problems().forEach(p -> out.println("PROBLEM " + p));
    }

    /** {@code bench crash --members N}: kills spread over every kind of action, journalled steps included. */
    static void crashSteps(int kills, int members, PrintStream out) throws Exception {
        long start = System.nanoTime();
        StepCrashTrial.Result r = StepCrashTrial.runFresh(kills, members, out);
        out.printf("kills survived: %d of %d on a %d-member demo (%s; %d aimed at a journal point); %d imports and"
                        + " saves committed; %.0f s%n", r.survived(), r.kills(), members, r.killsByKind(), r.aimed(),
                r.committedActions(), (System.nanoTime() - start) / 1e9);
        r.problems().forEach(p -> out.println("PROBLEM " + p));
    }

    static void fuzz(int randomFiles, int bigRows, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-fuzz");
        long start = System.nanoTime();
        FuzzTrial.Result r = FuzzTrial.run(work, System.nanoTime(), randomFiles, bigRows, FuzzTrial.IMPORTERS, out);
        out.printf("bad inputs refused cleanly: %d of %d (importers: %s); %.0f s%n", r.passed(), r.tried(),
                String.join(", ", FuzzTrial.IMPORTERS), (System.nanoTime() - start) / 1e9);
        r.problems().forEach(p -> out.println("PROBLEM " + p));
    }
}
