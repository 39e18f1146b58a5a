package org.branchledger.bench;

import java.nio.file.Path;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.FileJournal;
import org.branchledger.roster.RosterImportPlan;

/**
 * The process {@link StepCrashTrial} kills: opens the data folder with the password it is given, then runs
 * one kind of action over and over (an import, a save, a backup, a backup and its restore, a compaction,
 * a password set, change or remove), printing {@code COMMITTED k} after each import or save and
 * {@code PASSWORD n} after each password step (n: 0 none, 1 or 2 which). With a pause point it stops
 * there in the first journalled step that reaches it ({@code PAUSED}), so the kill lands exactly there.
 * Arguments: data folder, roster file, first action number, kind, pause point or "-", current password
 * index (0, 1, 2).
 */
public final class StepCrashChild {
    static final String READY = "READY";
    static final String COMMITTED = "COMMITTED ";
    static final String PASSWORD = "PASSWORD ";
    static final String PAUSED = "PAUSED";
    static final String[] PASSWORDS = {null, "bench-甲-密码-2026", "bench-乙-密码-2027"};

    private StepCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path roster = Path.of(args[1]);
        int k = Integer.parseInt(args[2]);
        String kind = args[3];
        String pauseAt = args[4];
        int pw = Integer.parseInt(args[5]);
        if (!pauseAt.equals("-")) {
            org.branchledger.core.db.StepWatch.watch(point -> {
                if (point.equals(pauseAt)) {
                    System.out.println(PAUSED + " " + point);
                    System.out.flush();
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        try (App app = App.open(new DataFolder(data), chars(pw))) {
            System.out.println(READY);
            System.out.flush();
            Path backup = data.resolve("backups").resolve("crash-trial.blbak");
            while (true) {
                switch (kind) {
                    case "import" -> {
                        RosterImportPlan plan = app.rosterImport().plan(roster, null, Map.of(), Progress.NONE);
                        app.rosterImport().commit(plan, Branch.named(CrashChild.importBranch(k), BranchKind.VILLAGE), false);
                        committed(k++);
                    }
                    case "save" -> {
                        app.branches().create(Branch.named(CrashChild.saveBranch(k), BranchKind.COMMUNITY));
                        committed(k++);
                    }
                    case "backup" -> app.backups().create(backup, Progress.NONE);
                    case "restore" -> {
                        // the backup is of the data as it is, so every committed action survives the restore
                        app.backups().create(backup, Progress.NONE);
                        app.backups().restore(backup, chars(pw), Progress.NONE);
                    }
                    case "compaction" -> org.branchledger.core.db.DatabaseInternals.compactNow(org.branchledger.AppInternals.database(app));
                    case "password-set", "password-change", "password-remove" -> pw = password(app, kind, pw);
                    default -> throw new IllegalArgumentException(kind);
                }
            }
        }
    }

    /** One password step of {@code kind}, after whatever step makes it possible (a set before a change). */
    private static int password(App app, String kind, int pw) throws Exception {
        int next;
        if (kind.equals("password-set")) {
            if (pw != 0) {
                step(app, pw, 0);
                pw = 0;
            }
            next = 1;
        } else if (kind.equals("password-change")) {
            if (pw == 0) {
                step(app, 0, 1);
                pw = 1;
            }
            next = pw == 1 ? 2 : 1;
        } else {
            if (pw == 0) {
                step(app, 0, 1);
                pw = 1;
            }
            next = 0;
        }
        step(app, pw, next);
        return next;
    }

    private static void step(App app, int from, int to) throws Exception {
        app.passwords().change(chars(from), chars(to));
        System.out.println(PASSWORD + to);
        System.out.flush();
    }

    private static void committed(int k) {
        System.out.println(COMMITTED + k);
        System.out.flush();
    }

    static char[] chars(int pw) {
        return PASSWORDS[pw] == null ? null : PASSWORDS[pw].toCharArray();
    }
}
