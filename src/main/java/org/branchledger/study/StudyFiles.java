package org.branchledger.study;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchledger.branch.Branch;
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
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("studyImport.title") + " — " + branch.name());
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        view.root().getStyleClass().add("page");
        stage.setScene(scene);
        org.branchledger.core.ui.ScreenFit.stage(stage);
        view.controller().open(stage, branch.id(), onImported);
        stage.show();
    }
}
