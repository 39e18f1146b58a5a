package org.branchledger.appraisal;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/**
 * What the appraisal dialogs share: the window's look and font size, a labelled form with messages under
 * the fields, Enter / Ctrl+S to save, the save run in the background and the dialog closed only once stored.
 */
final class AppraisalDialogs {
    private AppraisalDialogs() {
    }

    static TextField text(String id, String value, int max) {
        TextField t = new TextField(value == null ? "" : value);
        t.setId(id);
        t.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > max ? null : c));
        t.setPrefColumnCount(16);
        return t;
    }

    static TextArea area(String id, String value, int max) {
        TextArea t = new TextArea(value == null ? "" : value);
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(3);
        t.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > max ? null : c));
        return t;
    }

    /** A day typed in any form the app reads (2026-12-20, 2026/12/20, 2026年12月20日 …). */
    static LocalDate day(String text) {
        try {
            PartialDate d = DateParser.parse(text.strip());
            if (d.monthPrecision()) {
                throw new IllegalArgumentException(Messages.get("appraisal.form.dayNeeded"));
            }
            return d.firstDay();
        } catch (DateParseException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** A day or nothing when blank. */
    static LocalDate optionalDay(String text) {
        return text == null || text.isBlank() ? null : day(text);
    }

    /** The message for a typed day, empty when it reads (or is blank and not required). */
    static String dayError(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? Messages.get("appraisal.form.required") : "";
        }
        try {
            day(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Shows a window-modal dialog holding {@code content}, whose save button is enabled while {@code valid};
     * saving runs {@code work} (taken from the form when pressed) in the background and closes the dialog once
     * stored, then runs {@code onSaved}. A failure is shown and the dialog stays open.
     */
    static void show(Window owner, double fontPixels, String title, Node content, String saveKey, String saveId,
                     ObservableBooleanValue valid, Tasks tasks, Dialogs dialogs,
                     java.util.function.Supplier<Callable<?>> work, Runnable onSaved, Node focus) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(
                AppraisalDialogs.class.getResource("AppraisalView.css").toExternalForm());
        dialog.getDialogPane().setStyle("-fx-font-size: " + fontPixels + "px;");
        dialog.setTitle(title);
        dialog.getDialogPane().setHeaderText(title);
        ButtonType saveType = new ButtonType(Messages.get(saveKey), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType,
                new ButtonType(Messages.get("appraisal.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Label status = new Label();
        status.getStyleClass().add("field-hint");
        dialog.getDialogPane().setContent(new VBox(10, content, status));
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId(saveId);
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(Bindings.not(valid).or(saving));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (save.isDisabled()) {
                return;
            }
            Callable<?> storing = work.get();
            saving.set(true);
            status.setText(Messages.get("appraisal.saving"));
            tasks.run(storing).onSuccess(done -> {
                dialog.setResult(saveType);
                dialog.close();
                onSaved.run();
            }).onError(error -> {
                saving.set(false);
                status.setText("");
                dialogs.showError(error);
            }).start();
        });
        Forms.confirmOnEnter(dialog, save);
        if (focus != null) {
            dialog.setOnShown(e -> focus.requestFocus());
        }
        dialog.show();
    }
}
