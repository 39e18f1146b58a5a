package org.branchledger.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.branchledger.core.Progress;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.safety.Backups;

/**
 * The automatic backup when the window closes: at most one a day (the newest 30 kept). Closing never
 * feels stuck: a small progress window appears if the backup takes longer than half a second, and a
 * failed backup is reported without keeping the window open.
 */
final class CloseBackup {
    private final java.util.function.Supplier<org.branchledger.App> app;
    private final Tasks tasks;
    private final Stage stage;
    private boolean done;

    /** @param app the window's data now: a folder's file is backed up; a server's is kept by its own tools */
    CloseBackup(java.util.function.Supplier<org.branchledger.App> app, Tasks tasks, Stage stage) {
        this.app = app;
        this.tasks = tasks;
        this.stage = stage;
    }

    void install() {
        stage.setOnCloseRequest(event -> {
            if (done || app.get().server().isPresent()) {
                return;
            }
            Backups backups = app.get().backups();
            event.consume();
            done = true;
            Stage note = note();
            PauseTransition delay = new PauseTransition(Duration.millis(500));
            delay.setOnFinished(e -> note.show());
            delay.play();
            tasks.run((Progress p) -> backups.automatic(p)).onSuccess((Optional<Path> made) -> {
                delay.stop();
                note.close();
                stage.close();
            }).onError(error -> {
                delay.stop();
                note.close();
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.WARNING, Messages.get("backup.closingFailed",
                        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
                alert.initOwner(stage);
                alert.showAndWait();
                stage.close();
            }).start();
        });
    }

    private Stage note() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        VBox box = new VBox(12, new Label(Messages.get("backup.closing")), bar);
        box.setPadding(new Insets(20));
        Stage s = new Stage();
        s.initOwner(stage);
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Messages.get("app.title"));
        Scene scene = new Scene(box);
        if (stage.getScene() != null) {
            scene.getStylesheets().setAll(stage.getScene().getStylesheets());
        }
        s.setScene(scene);
        return s;
    }
}
