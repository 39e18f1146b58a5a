package org.branchledger.shell;

import javafx.stage.Window;
import org.branchledger.branch.Branch;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.roster.RosterFileActions;

/** Placeholder until the import wizard and export land: says so instead of doing nothing. */
final class PendingRosterFileActions implements RosterFileActions {
    private final Dialogs dialogs;

    PendingRosterFileActions(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void importRoster(Window owner, Branch branch, Runnable onImported) {
        dialogs.showInfo("导入花名册", "导入向导尚未完成。");
    }

    @Override
    public void exportRoster(Window owner, Branch branch) {
        dialogs.showInfo("导出花名册", "导出尚未完成。");
    }
}
