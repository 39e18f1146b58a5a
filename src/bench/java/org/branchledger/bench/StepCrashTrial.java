package org.branchledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.audit.AuditVerifier;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.FileJournal;
import org.branchledger.core.db.WrongPasswordException;

/**
 * {@code bench crash --members N}: the crash trial over every kind of action, on a demo folder of N members.
 * Kill i is aimed at kind i mod 8 (import, save, backup, restore, compaction, password set, change,
 * remove): {@link StepCrashChild} runs only that kind, and is killed with SIGKILL at a random moment, or,
 * for two kills in three of the journalled kinds, exactly at a random point of the journal (the child pauses
 * there). After each kill the folder must open, with the password from before the step or after it; the
 * demo branch must have all its members, an imported branch all or none, every committed action must be
 * there, the audit trail intact, and nothing of an unfinished step left.
 */
public final class StepCrashTrial {
    static final List<String> KINDS = List.of("import", "save", "backup", "restore", "compaction", "password-set",
            "password-change", "password-remove");
    private static final List<String> POINTS = List.of("begun", "prepared", "committed", "aside:branch-ledger.mv.db",
            "in:branch-ledger.mv.db", "applied", "finishing");
    private static final String DEMO = "红旗村党支部（示范）";

    /** What the kills found; {@code problems} is empty when every kill was survived. */
    public record Result(int kills, int survived, Map<String, Integer> killsByKind, int aimed, int committedActions,
                         List<String> problems) {
    }

    private StepCrashTrial() {
    }

    public static Result run(Path work, int kills, int members, long seed, PrintStream log) throws Exception {
        Path data = work.resolve("data");
        Path roster = work.resolve("花名册-" + members + ".xlsx");
        RosterFixture.write(roster, members);
        long t0 = System.nanoTime();
        int demoMembers;
        Map<String, byte[]> pages = new LinkedHashMap<>();
        try (App app = App.open(new DataFolder(data))) {
            app.demo().create(DEMO, members, Year.now(app.todayClock()).getValue());
            Branch demo = app.branches().all().stream().filter(b -> b.name().equals(DEMO)).findFirst().orElseThrow();
            demoMembers = app.roster().members(demo.id()).size(); // the demo adds a few who left or moved in
            storePages(app, demo, work, pages);
        }
        log.printf("demo branch of %d members in %.0f s%n", members, (System.nanoTime() - t0) / 1e9);
        Random random = new Random(seed);
        Set<Integer> committed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        int survived = 0;
        int aimed = 0;
        int next = 0;
        int pw = 0;
        for (int i = 0; i < kills; i++) {
            String kind = KINDS.get(i % KINDS.size());
            boolean journalled = kind.equals("restore") || kind.equals("compaction") || kind.startsWith("password");
            String pauseAt = journalled && random.nextInt(3) != 0 ? POINTS.get(random.nextInt(POINTS.size())) : "-";
            AtomicInteger last = new AtomicInteger(next - 1);
            AtomicInteger lastPw = new AtomicInteger(pw);
            AtomicBoolean ready = new AtomicBoolean();
            AtomicBoolean paused = new AtomicBoolean();
            Process child = start(data, roster, next, kind, pauseAt, pw);
            java.util.concurrent.ExecutorService readerThread = java.util.concurrent.Executors.newSingleThreadExecutor();
            java.util.concurrent.Future<?> reader = readerThread.submit(
                    () -> read(child, committed, last, lastPw, ready, paused));
            waitFor(ready, child, 180);
            if (pauseAt.equals("-")) {
                Thread.sleep(100 + random.nextInt(3000));
            } else {
                waitFor(paused, child, 180);
                aimed += paused.get() ? 1 : 0;
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            try {
                reader.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                reader.cancel(true);
            }
            readerThread.shutdownNow();
            byKind.merge(kind, 1, Integer::sum);
            Set<Integer> allowed = new HashSet<>(List.of(lastPw.get(), following(kind, lastPw.get())));
            int[] opened = {-1};
            List<String> found = check(data, committed, demoMembers, members, allowed, opened);
            found.addAll(checkPages(data, opened[0], pages));
            if (found.isEmpty()) {
                survived++;
                pw = opened[0];
            } else {
                problems.addAll(found.stream().map(p -> kind + ": " + p).toList());
                pw = opened[0] >= 0 ? opened[0] : lastPw.get();
            }
            log.printf("kill %d: %s%s, %d actions committed so far, opens %s: %s%n", i + 1, kind,
                    pauseAt.equals("-") ? " at a random moment" : " at " + pauseAt + (paused.get() ? "" : " (not reached)"),
                    committed.size(), pw == 0 ? "without a password" : "with password " + pw,
                    found.isEmpty() ? "all there, no half state, nothing left over" : found);
            next = last.get() + 2;
        }
        return new Result(kills, survived, byKind, aimed, committed.size(), problems);
    }

    /** The password a step of {@code kind} started from {@code from} ends with (as {@link StepCrashChild} does). */
    static int following(String kind, int from) {
        return switch (kind) {
            case "password-set" -> from != 0 ? 0 : 1;
            case "password-change" -> from == 0 ? 1 : from == 1 ? 2 : 1;
            case "password-remove" -> from == 0 ? 1 : 0;
            default -> from;
        };
    }

    private static void waitFor(AtomicBoolean flag, Process child, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!flag.get() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static Process start(Path data, Path roster, int first, String kind, String pauseAt, int pw)
            throws IOException {
        List<String> command = ChildJvm.command(StepCrashChild.class.getName(), data.toString(), roster.toString(),
                String.valueOf(first), kind, pauseAt, String.valueOf(pw));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void read(Process child, Set<Integer> committed, AtomicInteger last, AtomicInteger lastPw,
                             AtomicBoolean ready, AtomicBoolean paused) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals(StepCrashChild.READY)) {
                    ready.set(true);
                } else if (line.startsWith(StepCrashChild.PAUSED)) {
                    paused.set(true);
                } else if (line.startsWith(StepCrashChild.PASSWORD)) {
                    lastPw.set(Integer.parseInt(line.substring(StepCrashChild.PASSWORD.length()).trim()));
                } else if (line.startsWith(StepCrashChild.COMMITTED)) {
                    int k = Integer.parseInt(line.substring(StepCrashChild.COMMITTED.length()).trim());
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

    /** Opens the folder after a kill (with whichever password it has) and lists what is wrong. */
    static List<String> check(Path data, Set<Integer> committed, int demoMembers, int members, Set<Integer> allowed,
                              int[] opened) {
        List<String> problems = new ArrayList<>();
        DataFolder folder = new DataFolder(data);
        App app = null;
        for (int pw = 0; pw < StepCrashChild.PASSWORDS.length && app == null; pw++) {
            try {
                app = App.open(folder, StepCrashChild.chars(pw));
                opened[0] = pw;
            } catch (WrongPasswordException | org.branchledger.core.db.PasswordRequiredException e) {
                // not this one
            } catch (Exception e) {
                problems.add("does not open: " + e);
                return problems;
            }
        }
        if (app == null) {
            problems.add("opens with none of the passwords");
            return problems;
        }
        try (App a = app) {
            if (!allowed.contains(opened[0])) {
                problems.add("opens with password " + opened[0] + ", neither the one before the step nor after");
            }
            Set<String> names = new HashSet<>();
            for (Branch b : a.branches().all()) {
                names.add(b.name());
                int n = a.roster().members(b.id()).size();
                if (b.name().equals(DEMO) && n != demoMembers) {
                    problems.add("the demo branch has " + n + " of " + demoMembers + " members");
                }
                if (b.name().startsWith("导入") && n != 0 && n != members) {
                    problems.add("half an import: " + b.name() + " has " + n + " of " + members);
                }
            }
            if (!names.contains(DEMO)) {
                problems.add("the demo branch is gone");
            }
            synchronized (committed) {
                for (int k : committed) {
                    String name = CrashChild.isImport(k) || names.contains(CrashChild.importBranch(k))
                            ? CrashChild.importBranch(k) : CrashChild.saveBranch(k);
                    if (!names.contains(CrashChild.importBranch(k)) && !names.contains(CrashChild.saveBranch(k))) {
                        problems.add("committed action lost: " + k + " (" + name + ")");
                    }
                }
            }
            AuditVerifier.Result audit = a.auditLog().verify();
            if (!audit.intact()) {
                problems.add("audit trail broken: " + audit.problems());
            }
        } catch (Exception e) {
            problems.add("fails after opening: " + e);
        }
        try (Stream<Path> files = Files.list(data)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(FileJournal.FILE_NAME) || n.startsWith("journal-") || n.equals("temp.db")
                            || n.matches("h2backup\\d*\\.zip"))
                    .forEach(n -> problems.add("left over after the start: " + n));
        } catch (IOException e) {
            problems.add("cannot list the folder: " + e);
        }
        return problems;
    }

    /** A few scanned pages (random bytes), which every password step and restore carries. */
    private static void storePages(App app, Branch demo, Path work, Map<String, byte[]> pages) throws IOException {
        List<org.branchledger.notes.ReadingNote> notes = app.notes().notes(demo.id(), Year.now(app.todayClock()).getValue());
        var store = new org.branchledger.notes.AttachmentStore(app.notes(), app.pages());
        for (int i = 0; i < Math.min(3, notes.size()); i++) {
            Path scan = work.resolve("第" + (i + 1) + "页.png");
            byte[] bytes = new byte[200_000 + i];
            new Random(i).nextBytes(bytes);
            Files.write(scan, bytes);
            pages.put(store.store(demo.id(), notes.get(i).id(), scan).storedPath(), bytes);
        }
    }

    /** After the start: every page reads back whole, sealed on disk with a password, plain without. */
    static List<String> checkPages(Path data, int pw, Map<String, byte[]> pages) {
        List<String> problems = new ArrayList<>();
        if (pw < 0) {
            return problems;
        }
        try (App app = App.open(new DataFolder(data), StepCrashChild.chars(pw))) {
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                if (!java.util.Arrays.equals(page.getValue(), app.pages().read(page.getKey()))) {
                    problems.add("scanned page differs: " + page.getKey());
                }
            }
            List<String> files = org.branchledger.core.db.ScannedPages.all(data);
            if (files.size() != pages.size()) {
                problems.add(files.size() + " page files for " + pages.size() + " pages: " + files);
            }
            for (String f : files) {
                if (org.branchledger.core.db.FileCipher.sealed(data.resolve(f)) != (pw != 0)) {
                    problems.add((pw != 0 ? "plain page beside a password: " : "sealed page without a password: ") + f);
                }
            }
        } catch (Exception e) {
            problems.add("scanned pages unreadable: " + e);
        }
        return problems;
    }

    /** For {@code bench crash --members N}: a fresh temporary folder. */
    static Result runFresh(int kills, int members, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-crash-steps");
        return run(work, kills, members, System.nanoTime(), out);
    }
}
