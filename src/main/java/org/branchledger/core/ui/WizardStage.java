package org.branchledger.core.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A wizard's own window (the import wizards): modal to the main window, in its style sheets and chosen font
 * size, never larger than the screen. Shown by the caller once its controller is ready.
 */
public final class WizardStage {
    private WizardStage() {
    }

    public static Stage of(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle()); // the chosen font size
        }
        root.getStyleClass().add("page");
        stage.setScene(scene);
        ScreenFit.stage(stage);
        return stage;
    }
}
