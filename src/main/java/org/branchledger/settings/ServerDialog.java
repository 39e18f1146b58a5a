package org.branchledger.settings;

import java.util.Optional;
import java.util.function.Consumer;
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
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.db.ServerProbe;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.ui.Tasks;

/**
 * 连接到单位的数据库服务器…: the {@link ServerFormModel}'s fields and the password; 测试连接 tries the server in the
 * background and says what it found; 连接 moves the window onto the server and closes, or says why it could not.
 */
final class ServerDialog {
    private ServerDialog() {
    }

    /**
     * Opens the dialog (not blocking).
     *
     * @param onMoved gets the choice and what shows the window on the server (run it after the dialog closed)
     */
    static Dialog<ButtonType> open(Window owner, double fontPixels, Optional<ServerChoice> last, DataPlace place,
                                   Tasks tasks, java.util.function.BiConsumer<ServerChoice, Runnable> onMoved) {
        ServerFormModel model = new ServerFormModel(last);
        Dialog<ButtonType> dialog = new Dialog<>();
        Forms.prepare(dialog, owner, fontPixels, null, "server-dialog");
        dialog.setTitle(Messages.get("dbserver.dialog.title"));
        dialog.getDialogPane().setHeaderText(Messages.get("dbserver.dialog.header"));
        dialog.getDialogPane().setId("serverDialog");
        ButtonType connectType = new ButtonType(Messages.get("dbserver.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connectType,
                new ButtonType(Messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField host = Forms.text("serverHost", model.host(), Messages.get("dbserver.host.prompt"), 255);
        host.setPrefColumnCount(20);
        host.setTextFormatter(new TextFormatter<String>(c -> {
            if (c.getControlNewText().length() > 255) {
                return null;
            }
            if (c.getText().length() > 1) { // pasted (not typed key by key): a whole address fills the three fields
                String plain = model.hostFrom(c.getControlNewText());
                if (!plain.equals(c.getControlNewText())) {
                    c.setRange(0, c.getControlText().length());
                    c.setText(plain);
                    c.setCaretPosition(plain.length());
                    c.setAnchor(plain.length());
                }
            }
            return c;
        }));
        host.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) { // an address typed key by key, once the field is left
                model.host().set(model.hostFrom(model.host().get()));
            }
        });
        TextField port = Forms.text("serverPort", model.port(), null, 5);
        port.setPrefColumnCount(6);
        port.setMaxWidth(Region.USE_PREF_SIZE);
        TextField database = Forms.text("serverDatabase", model.database(), null, 63);
        TextField user = Forms.text("serverUser", model.user(), null, 63);
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "dbserver.host", host, model.hostError());
        row = Forms.field(grid, row, "dbserver.port", port, model.portError());
        port.setMaxWidth(Region.USE_PREF_SIZE); // Forms.field lets a control grow; the port stays short
        row = Forms.field(grid, row, "dbserver.database", database, model.databaseError());
        row = Forms.field(grid, row, "dbserver.user", user, model.userError());
        Forms.field(grid, row, "dbserver.password", password, null);

        BooleanProperty working = new SimpleBooleanProperty();
        Button test = new Button(Messages.get("dbserver.test"));
        test.setId("serverTest");
        test.disableProperty().bind(model.valid().not().or(working));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(working);
        Label result = new Label();
        result.setId("serverResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE); // a two-line answer is never cut off
        HBox testRow = new HBox(10, test, spinner);
        testRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, grid, Forms.hint(Messages.get("dbserver.passwordNote")), testRow, result,
                Forms.hint(Messages.get("dbserver.note")));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Consumer<String> done = text -> {
            working.set(false);
            result.setText(text);
        };
        test.setOnAction(e -> model.choice().ifPresent(choice -> {
            working.set(true);
            result.setText(Messages.get("dbserver.testing"));
            char[] typed = password.getText().toCharArray();
            tasks.run(() -> ServerProbe.probe(choice.address(), choice.user(), typed))
                    .onSuccess(o -> done.accept(ServerFormModel.outcome(o, choice)))
                    .onError(error -> done.accept(ServerFormModel.outcome(ServerProbe.failure(error), choice)))
                    .start();
        }));
        Button connect = (Button) dialog.getDialogPane().lookupButton(connectType);
        connect.setId("serverConnect");
        connect.disableProperty().bind(model.valid().not().or(working));
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the window is on the server
            Optional<ServerChoice> wanted = model.choice();
            if (wanted.isEmpty() || working.get()) {
                return;
            }
            ServerChoice choice = wanted.get();
            working.set(true);
            result.setText(Messages.get("dbserver.connecting"));
            char[] typed = password.getText().toCharArray();
            tasks.run(() -> place.moveTo(choice, typed)).onSuccess(show -> {
                dialog.setResult(connectType);
                dialog.close();
                onMoved.accept(choice, show);
            }).onError(error -> done.accept(ServerFormModel.outcome(ServerProbe.failure(error), choice))).start();
        });
        Forms.confirmOnEnter(dialog, connect);
        dialog.setOnShown(e -> (last.isPresent() ? password : host).requestFocus());
        dialog.show();
        return dialog;
    }
}
