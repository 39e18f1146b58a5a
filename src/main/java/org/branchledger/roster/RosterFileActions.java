package org.branchledger.roster;

import javafx.stage.Window;
import org.branchledger.core.branch.Branch;

/** The roster screen's file actions: the import wizard and the .xlsx export. */
public interface RosterFileActions {

    /** Opens the import wizard for the branch; {@code onImported} runs (FX thread) after rows were written. */
    void importRoster(Window owner, Branch branch, Runnable onImported);

    /** Asks where to save and writes the branch's roster as .xlsx in the national 汇总表 order. */
    void exportRoster(Window owner, Branch branch);
}
