package org.branchledger.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.db.ServerProbe;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.settings.ServerFormModel;

/**
 * The start of a folder that names an office's server: the server's password asked (or taken from the
 * environment, then tried at once), the server opened in the background while the dialog says so; when it cannot
 * be reached the dialog says why in plain words and offers 重试, 改用本机数据 (this time; the choice stays) and 退出.
 */
final class ServerStart {
    /** What the start goes on with: the app on the server; or, {@code app} null, the folder's own data or quitting. */
    record Outcome(App app, boolean quit) {
    }

    private ServerStart() {
    }

    /**
     * Shows the dialog (on the FX thread); completes once the server is open or the user chose otherwise. The
     * folder's lock stays the caller's: an attempt that fails must not release it.
     *
     * @param fromEnvironment the password given in the environment, tried first without asking; null: none
     */
    static CompletableFuture<Outcome> ask(DataFolder folder, ServerChoice choice, char[] folderPassword,
                                          char[] fromEnvironment) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        ButtonType connectType = new ButtonType(Messages.get("dbserver.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType localType = new ButtonType(Messages.get("dbserver.start.local"), ButtonBar.ButtonData.OTHER);
        ButtonType quitType = new ButtonType(Messages.get("dbserver.start.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().getStylesheets().add(ServerStart.class.getResource("app.css").toExternalForm());
        dialog.setTitle(Messages.get("dbserver.start.title"));
        dialog.setHeaderText(Messages.get("dbserver.start.header"));
        dialog.getDialogPane().setId("serverStart");
        dialog.getDialogPane().getButtonTypes().setAll(connectType, localType, quitType);
        PasswordField password = new PasswordField();
        password.setId("serverStartPassword");
        Label problem = new Label();
        problem.setId("serverStartProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        BooleanProperty working = new SimpleBooleanProperty();
        spinner.visibleProperty().bind(working);
        Label passwordLabel = new Label(Messages.get("dbserver.password"));
        passwordLabel.setLabelFor(password);
        HBox passwordRow = new HBox(10, passwordLabel, password, spinner);
        passwordRow.setAlignment(Pos.CENTER_LEFT);
        Label where = new Label(Messages.get("dbserver.start.text", choice.address(), choice.user()));
        where.setWrapText(true);
        Label note = new Label(Messages.get("dbserver.start.localNote", folder.path()));
        note.setWrapText(true);
        note.getStyleClass().add("page-subtitle");
        for (Label wrapped : new Label[] {where, problem, note}) {
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // grows to its lines, never cut off
        }
        problem.textProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        VBox content = new VBox(12, where, passwordRow, problem, note);
        content.setPrefWidth(500);
        dialog.getDialogPane().setContent(content);
        Button connect = (Button) dialog.getDialogPane().lookupButton(connectType);
        connect.setId("serverStartConnect");
        connect.disableProperty().bind(working);
        dialog.getDialogPane().lookupButton(localType).disableProperty().bind(working);

        java.util.function.Consumer<char[]> attempt = typed -> {
            working.set(true);
            problem.setText(Messages.get("dbserver.connecting"));
            Tasks.beside(() -> {
                try {
                    return App.openServer(folder, DataFolderLock.none(), choice, typed, folderPassword);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).whenComplete((app, failure) -> Platform.runLater(() -> {
                working.set(false);
                if (failure == null && !outcome.complete(new Outcome(app, false))) {
                    closeQuietly(app); // 退出 was pressed meanwhile
                } else if (failure == null) {
                    dialog.setResult(connectType);
                    dialog.close();
                } else {
                    problem.setText(ServerFormModel.outcome(ServerProbe.failure(failure), choice));
                    connect.setText(Messages.get("dbserver.start.retry"));
                    password.requestFocus();
                    password.selectAll();
                }
            }));
        };
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the server is open
            if (!working.get()) {
                attempt.accept(password.getText().toCharArray());
            }
        });
        dialog.setOnHidden(e -> outcome.complete(new Outcome(null, dialog.getResult() != localType)));
        dialog.setOnShown(e -> {
            password.requestFocus();
            if (fromEnvironment != null) {
                attempt.accept(fromEnvironment);
            }
        });
        dialog.show();
        return outcome;
    }

    private static void closeQuietly(App app) {
        try {
            app.close();
        } catch (IOException ignored) {
            // the program ends now
        }
    }
}
