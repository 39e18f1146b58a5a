package org.branchledger.appraisal;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.EditBase;
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
     * stored, then runs {@code onSaved}. A save refused because someone else changed the record {@code base}
     * holds asks 用我的覆盖 / 放弃我的修改 (decision 0025); any other failure is shown and the dialog stays open.
     */
    static <T> void show(Window owner, double fontPixels, String title, Node content, String saveKey, String saveId,
                         ObservableBooleanValue valid, Tasks tasks, Dialogs dialogs, Supplier<Callable<T>> work,
                         EditBase<T> base, Runnable onSaved, Node focus) {
        Dialog<ButtonType> dialog = Forms.saveDialog(owner, fontPixels,
                AppraisalDialogs.class.getResource("AppraisalView.css"), null, title, title, saveKey);
        Label status = new Label();
        status.getStyleClass().add("field-hint");
        dialog.getDialogPane().setContent(new VBox(10, content, status));
        Forms.saveButton(dialog, saveId, valid, status, tasks, dialogs, work, saved -> onSaved.run(), base);
        if (focus != null) {
            dialog.setOnShown(e -> focus.requestFocus());
        }
        dialog.show();
    }
}
