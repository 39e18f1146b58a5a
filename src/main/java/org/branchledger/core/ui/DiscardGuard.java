package org.branchledger.core.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import org.branchledger.core.i18n.Messages;

/**
 * Esc (取消, the window's ×) on a form that was changed asks before throwing the changes away; on an unchanged
 * form it just closes. What counts as changed: any field whose value differs from when the form was shown.
 */
public final class DiscardGuard {
    private final Dialog<?> dialog;
    private List<Object> shown = List.of();
    private boolean discarding;

    private DiscardGuard(Dialog<?> dialog) {
        this.dialog = dialog;
    }

    /** Guards {@code dialog}: to be called before it is shown. */
    public static void install(Dialog<?> dialog) {
        DiscardGuard guard = new DiscardGuard(dialog);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> guard.shown = guard.values());
        // A text field with a formatter (dates, hours) swallows Esc; the form must still hear it.
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && guard.cancelOnEscape()) {
                e.consume();
            }
        });
        // Every close passes here, with the pressed button's type as the result (取消 and Esc: the cancel button;
        // the window's ×: set to it). Saving closes with the save button's type and is let through.
        dialog.addEventHandler(DialogEvent.DIALOG_CLOSE_REQUEST, e -> {
            Object result = dialog.getResult();
            boolean cancelling = result == null || result instanceof ButtonType type && type.getButtonData().isCancelButton();
            if (cancelling && !guard.discarding && guard.changed()) {
                e.consume();
                if (guard.confirmDiscard()) {
                    guard.discarding = true;
                    Platform.runLater(dialog::close); // this close is still under way: the next one is let through
                }
            }
        });
    }

    /** Presses the form's cancel button for an Esc not meant for an open drop-down list; whether it did. */
    private boolean cancelOnEscape() {
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof ComboBoxBase<?> box && box.isShowing()) {
            return false;
        }
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            if (type.getButtonData().isCancelButton() && dialog.getDialogPane().lookupButton(type) instanceof Button b) {
                b.fire();
                return true;
            }
        }
        return false;
    }

    /** Whether a field differs from when the form was shown. */
    public boolean changed() {
        return !Objects.equals(shown, values());
    }

    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType(Messages.get("form.discard.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(Messages.get("form.discard.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("form.discard.question"), discard, stay);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.getDialogPane().getStylesheets().setAll(dialog.getDialogPane().getStylesheets());
        ask.getDialogPane().setStyle(dialog.getDialogPane().getStyle());
        ask.getDialogPane().setId("discardQuestion");
        ask.setTitle(Messages.get("form.discard.title"));
        ask.setHeaderText(null);
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(stay)).setDefaultButton(true); // Enter keeps the work
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isPresent() && answer.get() == discard;
    }

    /** The value of every field of the form, in order. */
    private List<Object> values() {
        List<Object> out = new ArrayList<>();
        Node content = dialog.getDialogPane().getContent();
        if (content != null) {
            collect(content, out);
        }
        return out;
    }

    private static void collect(Node node, List<Object> out) {
        if (node instanceof TextInputControl t) {
            out.add(t.getText());
        } else if (node instanceof ComboBoxBase<?> box) {
            out.add(box.getValue());
        } else if (node instanceof ChoiceBox<?> box) {
            out.add(box.getValue());
        } else if (node instanceof CheckBox box) {
            out.add(box.isSelected());
        } else if (node instanceof ToggleButton toggle) {
            out.add(toggle.isSelected());
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    collect(tab.getContent(), out);
                }
            }
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> collect(n, out));
        } else if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                collect(scroll.getContent(), out);
            }
        } else if (node instanceof TitledPane titled) {
            if (titled.getContent() != null) {
                collect(titled.getContent(), out);
            }
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, out));
        }
    }
}
