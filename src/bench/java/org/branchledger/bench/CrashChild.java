package org.branchledger.bench;

import java.nio.file.Path;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.RosterImportPlan;

/**
 * The process the crash trial kills: opens the data folder, then runs actions one after another, each
 * one transaction, and prints {@code COMMITTED k} as soon as action k has committed. Every fifth action
 * imports the whole roster file into a new branch (a large import); the others are single saves.
 * Arguments: data folder, roster file, first action number.
 */
public final class CrashChild {
    static final String READY = "READY";
    static final String COMMITTED = "COMMITTED ";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path roster = Path.of(args[1]);
        int k = Integer.parseInt(args[2]);
        try (App app = App.open(new DataFolder(data))) {
            System.out.println(READY);
            System.out.flush();
            while (true) {
                if (isImport(k)) {
                    RosterImportPlan plan = app.rosterImport().plan(roster, null, Map.of(), Progress.NONE);
                    app.rosterImport().commit(plan, Branch.named(importBranch(k), BranchKind.VILLAGE), false);
                } else {
                    app.branches().create(Branch.named(saveBranch(k), BranchKind.COMMUNITY));
                }
                System.out.println(COMMITTED + k);
                System.out.flush();
                k++;
            }
        }
    }

    static boolean isImport(int k) {
        return k % 5 == 0;
    }

    static String importBranch(int k) {
        return "导入" + k + "村党支部";
    }

    static String saveBranch(int k) {
        return "保存" + k + "社区党支部";
    }
}
