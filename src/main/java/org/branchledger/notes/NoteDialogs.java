package org.branchledger.notes;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/** What the notes dialogs share: the window's look and font size, a labelled form, Enter / Ctrl+S to save. */
final class NoteDialogs {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private NoteDialogs() {
    }

    /** A window-modal dialog in the main window's style, with a save button (first) beside 取消. */
    static Dialog<ButtonType> saveDialog(Window owner, double fontPixels, String title, String saveKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(NoteDialogs.class.getResource("NotesView.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("notes-dialog");
        dialog.getDialogPane().setStyle("-fx-font-size: " + fontPixels + "px;");
        dialog.setTitle(title);
        dialog.getDialogPane().setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get(saveKey), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("notesScreen.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    /**
     * The save button: disabled while the form is invalid or saving; runs the work in the background and
     * closes the dialog only once stored, then hands the result to {@code onSaved}.
     */
    static <T> Button saveButton(Dialog<ButtonType> dialog, String id, ObservableBooleanValue valid, Label status,
                                 Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work, Consumer<T> onSaved) {
        ButtonType saveType = dialog.getDialogPane().getButtonTypes().get(0);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId(id);
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(Bindings.not(valid).or(saving));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (save.isDisabled()) {
                return;
            }
            Callable<T> storing = work.get();
            saving.set(true);
            status.setText(Messages.get("notesScreen.saving"));
            tasks.run(storing).onSuccess(saved -> {
                dialog.setResult(saveType);
                dialog.close();
                onSaved.accept(saved);
            }).onError(error -> {
                saving.set(false);
                status.setText("");
                dialogs.showError(error);
            }).start();
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && !(e.getTarget() instanceof Button) && !(e.getTarget() instanceof TextArea)
                    && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing());
            if (enter || SAVE.match(e)) {
                e.consume();
                save.fire();
            }
        });
        return save;
    }

    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** A labelled field and its message line (shown only when there is one); returns the next row. */
    static int field(GridPane grid, int row, String labelKey, Control control, ObservableStringValue message) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Control.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label, control);
        if (control instanceof TextArea) {
            GridPane.setValignment(label, VPos.TOP);
        }
        if (message == null) {
            return row + 1;
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(message);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.setId(control.getId() + "Error");
        error.setWrapText(true);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** A one-line field bound to {@code value}, kept to {@code max} characters. */
    static TextField text(String id, StringProperty value, String prompt, int max) {
        TextField t = new TextField();
        t.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > max ? null : c));
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setPromptText(prompt);
        t.setPrefColumnCount(16);
        return t;
    }

    static Label status(String id) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        return status;
    }
}
