package org.branchledger.roster;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Views;

/** The roster's file actions: the import wizard in its own window, and the .xlsx export. */
public final class RosterFiles implements RosterFileActions {
    private final Views views;
    private final RosterService roster;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final FileChooser files;

    public RosterFiles(Views views, RosterService roster, Tasks tasks, Dialogs dialogs, FileChooser files) {
        this.views = views;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
    }

    @Override
    public void importRoster(Window owner, Branch branch, Runnable onImported) {
        Views.View<RosterImportWizardController> view = views.loadView(RosterImportWizardController.class);
        Stage stage = org.branchledger.core.ui.WizardStage.of(owner, view.root(), Messages.get("import.title") + " — " + branch.name());
        view.controller().open(stage, branch, onImported);
        stage.show();
    }

    @Override
    public void exportRoster(Window owner, Branch branch) {
        files.save(owner, Messages.get("export.title"), branch.name() + "党员信息汇总表.xlsx",
                Messages.get("export.fileFilter"), "*.xlsx").ifPresent(target -> {
                    Path file = target.toString().toLowerCase().endsWith(".xlsx") ? target
                            : target.resolveSibling(target.getFileName() + ".xlsx");
                    tasks.run(() -> {
                        var members = roster.members(branch.id());
                        RosterExport.write(branch, members, file);
                        return members.stream().filter(Member::current).count();
                    }).onSuccess(n -> dialogs.showInfo(Messages.get("export.title"),
                            Messages.get("export.done", n, file))).start();
                });
    }
}
