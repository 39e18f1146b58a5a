package org.branchledger.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/**
 * A small keyboard-friendly form dialog for the pledge screen: labelled fields checked as they are typed,
 * Enter (outside a text area) or Ctrl+S saves in the background, Esc cancels; the dialog closes only once
 * stored, and a refusal (e.g. 示诺 without a deadline) is shown without losing what was typed.
 */
final class PledgeForm {

    private final Dialog<ButtonType> dialog;
    private final GridPane grid = Forms.form();
    private final VBox content;
    private final Label status = new Label();
    private BooleanBinding valid = Bindings.createBooleanBinding(() -> true);
    private int row;
    private Control first;

    PledgeForm(Window owner, double fontPixels, String title) {
        dialog = Forms.saveDialog(owner, fontPixels, PledgeForm.class.getResource("PledgesView.css"), "pledge-dialog",
                title, title, "pledge.dialog.save");
        grid.setVgap(8);
        status.setId("pledgeFormStatus");
        status.setWrapText(true);
        content = new VBox(10, grid, status);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Adds a condition the form must meet before it can be saved. */
    void require(ObservableBooleanValue condition) {
        valid = valid.and(condition);
    }

    /** A labelled control with an optional message line under it (shown only when there is a message). */
    void add(String labelKey, Control control, ObservableStringValue message) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Control.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, label, control);
        if (control instanceof TextArea) {
            GridPane.setValignment(label, VPos.TOP);
        }
        if (first == null) {
            first = control;
        }
        if (message != null) {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(org.branchledger.core.ui.Wrapping.keepDatesWhole(message));
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.setId(control.getId() + "Error");
            error.setWrapText(true);
            grid.add(error, 1, row++);
        }
    }

    /** Replaces the prompt of the field with this id. */
    void prompt(String id, String prompt) {
        grid.getChildren().stream().filter(n -> id.equals(n.getId()) && n instanceof TextField)
                .forEach(n -> ((TextField) n).setPromptText(prompt));
    }

    /** A line of explanation under the fields. */
    void hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        content.getChildren().add(content.getChildren().size() - 1, hint);
    }

    /** A date field, to the day; required or not. Returns its text. */
    StringProperty date(String labelKey, String id, LocalDate initial, boolean required) {
        StringProperty text = new SimpleStringProperty(initial == null ? "" : initial.toString());
        StringBinding error = Bindings.createStringBinding(() -> PledgeStepForm.dateError(text.get()), text);
        date(labelKey, id, text, error);
        require(Bindings.createBooleanBinding(() -> error.get().isEmpty() && (!required || !text.get().isBlank()),
                text, error));
        return text;
    }

    /** A date field bound to a form model's {@code text}, showing its {@code error}; the model says if it is valid. */
    void date(String labelKey, String id, StringProperty text, ObservableStringValue error) {
        add(labelKey, Forms.text(id, text, Messages.get("pledge.dialog.datePrompt"), 40), error);
    }

    /** A one-line text field. */
    StringProperty text(String labelKey, String id, String initial, String prompt, int max, boolean required) {
        StringProperty text = new SimpleStringProperty(initial == null ? "" : initial);
        add(labelKey, Forms.text(id, text, prompt, max), null);
        if (required) {
            require(text.isNotEmpty().and(Bindings.createBooleanBinding(() -> !text.get().isBlank(), text)));
        }
        return text;
    }

    /** A text area of a few lines. */
    StringProperty area(String labelKey, String id, String initial, String prompt, int max, boolean required,
                        ObservableStringValue message) {
        StringProperty text = new SimpleStringProperty(initial == null ? "" : initial);
        area(labelKey, id, text, prompt, max, message);
        if (required) {
            require(Bindings.createBooleanBinding(() -> !text.get().isBlank(), text));
        }
        return text;
    }

    /** A text area of a few lines bound to {@code text}. */
    void area(String labelKey, String id, StringProperty text, String prompt, int max, ObservableStringValue message) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText(prompt);
        area.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > max ? null : c));
        area.textProperty().bindBidirectional(text);
        add(labelKey, area, message);
    }

    /** A choice among a few values, shown by their labels. */
    <T> ChoiceBox<T> choice(String labelKey, String id, List<T> items, T initial, boolean required) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setValue(initial);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : t.toString();
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        add(labelKey, box, null);
        if (required) {
            require(box.valueProperty().isNotNull());
        }
        return box;
    }

    /** Shows the dialog; saving runs {@code work} in the background and, once stored, {@code onSaved}. */
    <T> void open(Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work, Runnable onSaved, Control focus) {
        open(tasks, dialogs, work, (T saved) -> onSaved.run(), focus);
    }

    /** Like {@link #open(Tasks, Dialogs, Supplier, Runnable, Control)}, handing on what was stored. */
    <T> void open(Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work, java.util.function.Consumer<T> onSaved,
                  Control focus) {
        open(tasks, dialogs, work, onSaved, focus, null);
    }

    /** Like the others, for a form editing a stored record: a save refused for someone else's change asks. */
    <T> void open(Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work, java.util.function.Consumer<T> onSaved,
                  Control focus, EditBase<T> base) {
        Forms.saveButton(dialog, "pledgeFormSave", valid, status, tasks, dialogs, work, onSaved, base);
        Control target = focus != null ? focus : first;
        dialog.setOnShown(e -> {
            if (target != null) {
                target.requestFocus();
            }
        });
        dialog.show();
    }

    /** A day from what was typed (any form the app reads); null when blank. */
    static LocalDate day(String text) {
        return PledgeStepForm.day(text);
    }
}
