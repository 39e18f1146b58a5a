package org.branchledger.safety;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;
import org.branchledger.core.Progress;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;

/** 设置 → 数据安全: backups (to a USB stick, and restoring one) and the password. */
public final class SafetyController {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Backups backups;
    private final PasswordService passwords;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final FileChooser files;
    private final Runnable onDataReplaced;
    private final java.time.Clock clock;

    @FXML private Label lastBackup;
    @FXML private Button backupButton;
    @FXML private Button restoreButton;
    @FXML private ProgressBar progress;
    @FXML private Label backupStatus;
    @FXML private Label passwordState;
    @FXML private Button setPassword;
    @FXML private Button changePassword;
    @FXML private Button removePassword;
    @FXML private Label passwordStatus;

    public SafetyController(Backups backups, PasswordService passwords, Tasks tasks, Dialogs dialogs, FileChooser files,
                            Runnable onDataReplaced, java.time.Clock clock) {
        this.clock = clock;
        this.backups = backups;
        this.passwords = passwords;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.onDataReplaced = onDataReplaced;
    }

    @FXML
    private void initialize() {
        showPasswordState();
        refreshLastBackup();
    }

    private void refreshLastBackup() {
        tasks.run(backups::automaticBackups).onSuccess(list -> lastBackup.setText(list.isEmpty()
                ? Messages.get("safety.backup.none")
                : Messages.get("safety.backup.last", list.get(list.size() - 1).toAbsolutePath()))).start();
    }

    private void showPasswordState() {
        boolean has = passwords.hasPassword();
        passwordState.setText(Messages.get(has ? "safety.password.set" : "safety.password.none"));
        setPassword.setVisible(!has);
        setPassword.setManaged(!has);
        changePassword.setVisible(has);
        changePassword.setManaged(has);
        removePassword.setVisible(has);
        removePassword.setManaged(has);
    }

    private Window owner() {
        return lastBackup.getScene() == null ? null : lastBackup.getScene().getWindow();
    }

    @FXML
    private void backupNow() {
        String name = Messages.get("safety.backupFileName", LocalDateTime.now(clock).format(STAMP)) + Backups.EXTENSION;
        Optional<Path> target = files.save(owner(), Messages.get("safety.backup.saveAs"), name,
                Messages.get("safety.backup.choose"), "*" + Backups.EXTENSION);
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get().getFileName().toString().toLowerCase().endsWith(Backups.EXTENSION) ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + Backups.EXTENSION);
        busy(true, Messages.get("safety.backup.working"));
        Task<BackupManifest> task = tasks.run((Progress p) -> backups.create(out, p))
                .onSuccess(m -> {
                    busy(false, Messages.get("safety.backup.done", out.toAbsolutePath()));
                })
                .onError(e -> {
                    busy(false, "");
                    dialogs.showError(e);
                }).start();
        progress.progressProperty().bind(task.progressProperty());
    }

    @FXML
    private void restore() {
        Optional<Path> chosen = files.open(owner(), Messages.get("safety.backup.choose"),
                Messages.get("safety.backup.choose"), "*" + Backups.EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        busy(true, Messages.get("safety.restore.working"));
        tasks.run(() -> BackupArchive.encrypted(file)).onSuccess(encrypted -> {
            char[] password = null;
            if (encrypted) {
                Optional<char[]> typed = PasswordDialog.askOne(owner(), Messages.get("safety.backup.restore"),
                        Messages.get("safety.restore.password"), null);
                if (typed.isEmpty()) {
                    busy(false, "");
                    return;
                }
                password = typed.get();
            }
            char[] pw = password;
            tasks.run(() -> {
                BackupManifest m = BackupArchive.inspect(file, pw);
                backups.checkKeepsPassword(m); // said before the question, not after it
                return m;
            }).onSuccess(m -> confirmAndRestore(file, pw, m))
                    .onError(e -> {
                        busy(false, "");
                        dialogs.showError(e);
                    }).start();
        }).start();
    }

    private void confirmAndRestore(Path file, char[] password, BackupManifest m) {
        String branches = m.branches().isEmpty() ? "—" : String.join("、", m.branches());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("safety.restore.confirm", file.getFileName(),
                m.created().toString().replace('T', ' '), branches, String.valueOf(m.members())),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner());
        alert.setTitle(Messages.get("safety.restore.confirmTitle"));
        alert.setHeaderText(Messages.get("safety.restore.confirmTitle"));
        if (owner() != null && owner().getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner().getScene().getStylesheets());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            busy(false, "");
            return;
        }
        Task<Backups.Restored> task = tasks.run((Progress p) -> backups.restore(file, password, p))
                .onSuccess(r -> {
                    busy(false, Messages.get("safety.restore.done", r.replacedDataKeptIn().toAbsolutePath()));
                    dialogs.showInfo(Messages.get("safety.restore.confirmTitle"),
                            Messages.get("safety.restore.done", r.replacedDataKeptIn().toAbsolutePath()));
                    onDataReplaced.run();
                })
                .onError(e -> {
                    busy(false, "");
                    dialogs.showError(e);
                }).start();
        progress.progressProperty().bind(task.progressProperty());
    }

    @FXML
    private void setPassword() {
        askAndChange(Messages.get("safety.password.setButton").replace("……", ""), false, false);
    }

    @FXML
    private void changePassword() {
        askAndChange(Messages.get("safety.password.changeButton").replace("……", ""), true, false);
    }

    @FXML
    private void removePassword() {
        askAndChange(Messages.get("safety.password.removeButton").replace("……", ""), true, true);
    }

    private void askAndChange(String title, boolean hasCurrent, boolean removing) {
        Optional<PasswordDialog.Change> change = PasswordDialog.askChange(owner(), title, hasCurrent, removing);
        if (change.isEmpty()) {
            return;
        }
        passwordStatus.setText(Messages.get("safety.password.working"));
        List<Button> buttons = List.of(setPassword, changePassword, removePassword, backupButton, restoreButton);
        buttons.forEach(b -> b.setDisable(true));
        tasks.run(() -> {
            passwords.change(change.get().current(), change.get().next());
            return change.get().next() != null;
        }).onSuccess(set -> {
            buttons.forEach(b -> b.setDisable(false));
            showPasswordState();
            passwordStatus.setText(Messages.get(set ? "safety.password.doneSet" : "safety.password.doneRemoved"));
        }).onError(e -> {
            buttons.forEach(b -> b.setDisable(false));
            passwordStatus.setText("");
            dialogs.showError(e);
        }).start();
    }

    private void busy(boolean working, String status) {
        backupButton.setDisable(working);
        restoreButton.setDisable(working);
        progress.progressProperty().unbind();
        progress.setProgress(working ? -1 : 0);
        progress.setVisible(working);
        progress.setManaged(working);
        backupStatus.setText(status);
        if (!working) {
            refreshLastBackup();
        }
    }
}
