package org.branchledger.settings;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Selection;
import org.branchledger.core.ui.Tasks;

/**
 * 设置 → 数据库: where the data is now (this computer's data folder, or the office's server and the user), 连接到单位的
 * 数据库服务器… and 改回使用本机数据. Either rebuilds the window on the other data, as a restore does.
 */
public final class DatabaseController {
    private final DataPlace place;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;

    @FXML private Label where;
    @FXML private Label folderNote;
    @FXML private Label pending;
    @FXML private Button connectButton;
    @FXML private Button localButton;
    @FXML private Label status;

    public DatabaseController(DataPlace place, Selection selection, Tasks tasks, Dialogs dialogs) {
        this.place = place;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        Optional<ServerChoice> now = place.server();
        where.setText(now.map(c -> Messages.get("dbserver.where.server", c.address(), c.user()))
                .orElse(Messages.get("dbserver.where.local", place.folder())));
        folderNote.setText(now.isPresent() ? Messages.get("dbserver.where.folderKeeps", place.folder()) : "");
        // started on the folder's own data although the folder names a server (改用本机数据 at start)
        Optional<ServerChoice> saved = ServerChoice.read(place.folder());
        boolean waiting = now.isEmpty() && saved.isPresent();
        pending.setText(waiting ? Messages.get("dbserver.where.pending", saved.get().address()) : "");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        show(folderNote);
        show(pending);
        localButton.setVisible(now.isPresent() || waiting);
        localButton.setManaged(localButton.isVisible());
    }

    private static void show(Label label) {
        label.setVisible(!label.getText().isEmpty());
        label.setManaged(label.isVisible());
    }

    private Window owner() {
        return where.getScene() == null ? null : where.getScene().getWindow();
    }

    @FXML
    private void connect() {
        Optional<ServerChoice> last = place.server().or(() -> ServerChoice.read(place.folder()));
        ServerDialog.open(owner(), selection.fontSize().get().pixels(), last, place, tasks, (choice, show) -> {
            show.run();
            dialogs.showInfo(Messages.get("dbserver.dialog.title"), Messages.get("dbserver.moved.server",
                    choice.address(), choice.user()));
        });
    }

    @FXML
    private void useLocal() {
        if (!dialogs.confirm(Messages.get("dbserver.localButton"), Messages.get("dbserver.local.confirm",
                place.folder()), Messages.get("dbserver.localButton"))) {
            return;
        }
        connectButton.setDisable(true);
        localButton.setDisable(true);
        status.setText(Messages.get("dbserver.local.working"));
        tasks.run(() -> place.moveTo(null, null)).onSuccess(show -> {
            show.run();
            dialogs.showInfo(Messages.get("dbserver.localButton"), Messages.get("dbserver.moved.local", place.folder()));
        }).onError(error -> {
            connectButton.setDisable(false);
            localButton.setDisable(false);
            status.setText("");
            dialogs.showError(error);
        }).start();
    }
}
