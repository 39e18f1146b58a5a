package org.branchledger.core.ui;

import java.net.URL;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.beans.value.ObservableStringValue;
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
import javafx.scene.control.TextInputControl;
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

/**
 * The pieces every form dialog is made of: a labelled grid with a message line under each field, text
 * fields kept to their column's length, and Enter / Ctrl+S to save. One look and one keyboard everywhere.
 */
public final class Forms {
    /** Ctrl+S (⌘S on a Mac): save, in every dialog. */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private Forms() {
    }

    /**
     * Owner, modality, the window's style sheets plus the page's own, and the font size: a dialog that
     * looks like the main window.
     */
    public static void prepare(Dialog<?> dialog, Window owner, double fontPixels, URL pageStyles, String styleClass) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        if (pageStyles != null) {
            dialog.getDialogPane().getStylesheets().add(pageStyles.toExternalForm());
        }
        if (styleClass != null) {
            dialog.getDialogPane().getStyleClass().add(styleClass);
        }
        dialog.getDialogPane().setStyle("-fx-font-size: " + fontPixels + "px;");
        ScreenFit.dialog(dialog);
        FormKeys.install(dialog.getDialogPane());
    }

    /** A prepared dialog with its title, header, and a save button ({@code saveKey}, first) beside 取消. */
    public static Dialog<ButtonType> saveDialog(Window owner, double fontPixels, URL pageStyles, String styleClass,
                                                String title, String header, String saveKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, owner, fontPixels, pageStyles, styleClass);
        dialog.setTitle(title);
        dialog.getDialogPane().setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get(saveKey), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        DiscardGuard.install(dialog);
        return dialog;
    }

    /**
     * The dialog's first button as its save button: off while {@code valid} is false or while saving;
     * pressing it (or Enter / Ctrl+S) takes the {@code work} from the form, runs it in the background with
     * 正在保存 in {@code status}, and closes the dialog only once stored, then hands the result to
     * {@code onSaved}. A failure is shown and the dialog stays open.
     */
    public static <T> Button saveButton(Dialog<ButtonType> dialog, String id, ObservableBooleanValue valid, Label status,
                                        Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work, Consumer<T> onSaved) {
        return saveButton(dialog, id, valid, status, tasks, dialogs, work, onSaved, null);
    }

    /**
     * Like {@link #saveButton(Dialog, String, ObservableBooleanValue, Label, Tasks, Dialogs, Supplier, Consumer)}
     * for a form editing a stored record ({@code base}, which {@code work} hands its service): a save refused
     * because someone else changed the record asks 用我的覆盖 (saves again over theirs) or 放弃我的修改(重新载入)
     * (closes, and {@code onSaved} gets the record as it is now).
     */
    public static <T> Button saveButton(Dialog<ButtonType> dialog, String id, ObservableBooleanValue valid, Label status,
                                        Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work, Consumer<T> onSaved,
                                        EditBase<T> base) {
        ButtonType saveType = dialog.getDialogPane().getButtonTypes().get(0);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId(id);
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(Bindings.not(valid).or(saving));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once stored
            if (save.isDisabled()) {
                return;
            }
            Callable<T> storing;
            try {
                storing = work.get();
            } catch (IllegalArgumentException bad) { // the form's own last check, in words for the user
                status.setText(bad.getMessage());
                return;
            }
            saving.set(true);
            status.setText(Messages.get("form.saving"));
            tasks.run(storing).onSuccess(saved -> {
                dialog.setResult(saveType);
                dialog.close();
                onSaved.accept(saved);
            }).onError(error -> {
                saving.set(false);
                status.setText("");
                if (base == null) {
                    dialogs.showError(error);
                } else {
                    base.failed(error, dialogs, save::fire, now -> {
                        dialog.setResult(saveType);
                        dialog.close();
                        onSaved.accept(now);
                    });
                }
            }).start();
        });
        confirmOnEnter(dialog, save);
        return save;
    }

    /** A form grid: labels on the left, controls growing on the right. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /**
     * Adds a labelled field and its message line (shown only when there is one; id: the control's id +
     * {@code Error}); returns the next free row.
     */
    public static int field(GridPane grid, int row, String labelKey, Control control, ObservableStringValue message) {
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
        Label error = message(message);
        error.setId(control.getId() + "Error");
        error.setWrapText(true);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /**
     * A field's message line. Its room is kept while there is no message, so a message that comes up while
     * typing does not push the fields below from under the mouse; its dates never break over two lines.
     */
    public static Label message(ObservableStringValue message) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(Wrapping.keepDatesWhole(message));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    /** A wrapped note under the form. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll("field-hint", "form-note");
        hint.setWrapText(true);
        return hint;
    }

    /** A one-line field bound to {@code value}, kept to {@code max} characters, sixteen columns wide. */
    public static TextField text(String id, StringProperty value, String prompt, int max) {
        TextField t = limited(new TextField(), max);
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setPromptText(prompt);
        t.setPrefColumnCount(16);
        return t;
    }

    /** Keeps a text field to {@code max} characters, as the database column does. */
    public static <T extends TextInputControl> T limited(T field, int max) {
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > max ? null : c));
        return field;
    }

    /** Enter (outside a text area, a button or an open list) and Ctrl+S press {@code confirm}. */
    public static void confirmOnEnter(Dialog<?> dialog, Button confirm) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && !(e.getTarget() instanceof Button) && !(e.getTarget() instanceof TextArea)
                    && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing());
            if (enter || SAVE.match(e)) {
                e.consume();
                confirm.fire();
            }
        });
    }
}
