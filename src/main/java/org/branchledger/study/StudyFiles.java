package org.branchledger.study;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Views;

/** Opens the 导入学习记录 window for a branch, in the owner's style and font size. */
public final class StudyFiles {
    private final Views views;

    public StudyFiles(Views views) {
        this.views = views;
    }

    public void importStudy(Window owner, Branch branch, Runnable onImported) {
        Views.View<StudyImportController> view = views.loadView(StudyImportController.class);
        Stage stage = org.branchledger.core.ui.WizardStage.of(owner, view.root(), Messages.get("studyImport.title") + " — " + branch.name());
        view.controller().open(stage, branch.id(), onImported);
        stage.show();
    }
}
