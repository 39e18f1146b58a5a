package org.branchledger.study;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
 * What the study dialogs share: the main window's look and font size, a two-column form whose
 * messages sit under their fields, Enter / Ctrl+S to confirm, and the 未保存 question.
 */
final class StudyDialogs {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private StudyDialogs() {
    }

    /** Owner, modality, the window's style sheets and font size: the same look as the main window. */
    static void prepare(Dialog<?> dialog, Window owner, double fontPixels) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(StudyDialogs.class.getResource("StudyView.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("study-dialog");
        dialog.getDialogPane().setStyle("-fx-font-size: " + fontPixels + "px;");
    }

    /** A form grid: labels on the left, controls growing on the right. */
    static GridPane form() {
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

    /** Adds a labelled field with its message line (shown only when there is one); returns the next row. */
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
        error.setId(control.getId() + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** Keeps a text field to {@code max} characters, as the database column does. */
    static <T extends TextInputControl> T limited(T field, int max) {
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > max ? null : c));
        return field;
    }

    /** Enter (outside a text area, a button or an open list) and Ctrl+S press {@code confirm}. */
    static void confirmOnEnter(Dialog<?> dialog, Button confirm) {
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

    /**
     * 考勤有未保存的修改: save, discard, or (when {@code cancellable}) stay. Answers true to save, false to
     * discard, and nothing to stay.
     */
    static void askToSave(Window owner, double fontPixels, String what, boolean cancellable,
                          Consumer<Optional<Boolean>> answer) {
        ButtonType save = new ButtonType(Messages.get("studyScreen.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("studyScreen.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.get("studyScreen.unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("studyScreen.unsaved.question", what));
        prepare(alert, owner, fontPixels);
        alert.setTitle(Messages.get("studyScreen.unsaved.title"));
        alert.setHeaderText(null);
        if (cancellable) {
            alert.getButtonTypes().setAll(save, discard, stay);
        } else {
            alert.getButtonTypes().setAll(save, discard);
        }
        alert.setOnHidden(e -> {
            ButtonType picked = alert.getResult();
            answer.accept(picked == save ? Optional.of(true) : picked == discard ? Optional.of(false)
                    : cancellable ? Optional.empty() : Optional.of(false));
        });
        alert.show();
    }
}
