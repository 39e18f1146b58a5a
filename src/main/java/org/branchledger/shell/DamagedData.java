package org.branchledger.shell;

import java.nio.file.Path;
import org.branchledger.App;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.branchledger.core.FailureLog;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.FxDialogs;
import org.branchledger.core.ui.FxFileChooser;
import org.branchledger.safety.Backups;

/**
 * The data folder's database cannot be opened (a damaged file). The window cannot show anything, so it
 * offers the way back: restore a backup over it, the unreadable files kept as they are.
 */
final class DamagedData {
    private final DataFolder folder;
    private final Stage owner;

    DamagedData(DataFolder folder, Stage owner) {
        this.folder = folder;
        this.owner = owner;
    }

    /** Says what happened and offers a restore; {@code then} runs when the user is done (the app ends). */
    void offer(Throwable failure, Runnable then) {
        String log = FailureLog.record(folder, failure, App.clock());
        ButtonType restore = new ButtonType(Messages.get("shell.openFailed.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.get("shell.openFailed.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("shell.openFailed", folder.path(),
                folder.path().resolve("backups"), log), restore, quit);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("shell.openFailed.title"));
        if (alert.showAndWait().orElse(quit) != restore) {
            then.run();
            return;
        }
        Optional<Path> chosen = new FxFileChooser().open(owner, Messages.get("shell.openFailed.restore"),
                Messages.get("shell.openFailed.restore"), "*" + Backups.EXTENSION);
        if (chosen.isEmpty()) {
            then.run();
            return;
        }
        FxDialogs dialogs = new FxDialogs(owner, e -> FailureLog.record(folder, e, App.clock()));
        org.branchledger.core.ui.Tasks.beside(() -> {
            try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
                return Backups.rescue(folder, chosen.get(), null, App.clock());
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((restored, error) -> Platform.runLater(() -> {
            if (error != null) {
                dialogs.showError(error.getCause() != null ? error.getCause() : error);
            } else {
                dialogs.showInfo(Messages.get("app.title"), Messages.get("shell.openFailed.restored",
                        chosen.get().getFileName(), restored.manifest().created().toString().replace('T', ' '),
                        restored.replacedDataKeptIn()));
            }
            then.run();
        }));
    }
}
