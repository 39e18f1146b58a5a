package org.branchledger.safety;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;

/** The dialogs that ask for passwords: to set, change or remove one, or to open encrypted data. */
public final class PasswordDialog {
    private PasswordDialog() {
    }

    /** A requested change: the current password (null when there is none) and the new one (null: remove). */
    public record Change(char[] current, char[] next) {
    }

    /**
     * Asks for the current password (when {@code hasCurrent}) and, unless {@code removing}, a new one twice.
     * Checks the length and the repetition in the dialog; the current password is checked by the caller.
     */
    public static Optional<Change> askChange(Window owner, String title, boolean hasCurrent, boolean removing) {
        PasswordField current = field("passwordCurrent");
        PasswordField next = field("passwordNew");
        PasswordField repeat = field("passwordRepeat");
        Label error = new Label();
        error.setId("passwordError");
        error.setStyle("-fx-text-fill: #b00020;");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        int row = 0;
        if (hasCurrent) {
            form.addRow(row++, label("safety.password.current", current), current);
        }
        if (!removing) {
            form.addRow(row++, label("safety.password.new", next), next);
            form.addRow(row++, label("safety.password.repeat", repeat), repeat);
            Label warning = new Label(Messages.get("safety.password.warning"));
            warning.setWrapText(true);
            warning.setMaxWidth(360);
            form.add(warning, 0, row++, 2, 1);
        }
        form.add(error, 0, row, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        copyStyles(owner, dialog);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String problem = removing ? null : PasswordRule.problem(next.getText());
            if (problem != null) {
                error.setText(problem);
                e.consume();
            } else if (!removing && !next.getText().equals(repeat.getText())) {
                error.setText(Messages.get("password.error.mismatch"));
                e.consume();
            }
        });
        Platform.runLater(() -> (hasCurrent ? current : next).requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new Change(hasCurrent ? current.getText().toCharArray() : null,
                removing ? null : next.getText().toCharArray()));
    }

    /** Asks for one password (to open encrypted data or a backup); {@code problem} is shown in red when set. */
    public static Optional<char[]> askOne(Window owner, String title, String text, String problem) {
        return askOne(owner, title, null, text, problem);
    }

    /** Like {@link #askOne(Window, String, String, String)} with a header line of its own. */
    public static Optional<char[]> askOne(Window owner, String title, String header, String text, String problem) {
        PasswordField field = field("passwordOne");
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(380);
        Label error = new Label(problem == null ? "" : problem);
        error.setStyle("-fx-text-fill: #b00020;");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.add(label, 0, 0);
        form.add(field, 0, 1);
        form.add(error, 0, 2);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        } else {
            dialog.getDialogPane().getStylesheets().add(
                    PasswordDialog.class.getResource("/org/branchledger/shell/app.css").toExternalForm());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header != null ? header : title);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        copyStyles(owner, dialog);
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK || field.getText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(field.getText().toCharArray());
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(20);
        return f;
    }

    private static Label label(String key, PasswordField field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }

    private static void copyStyles(Window owner, Dialog<?> dialog) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
