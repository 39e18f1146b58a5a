package org.branchledger.notes;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;

/** What the notes dialogs share: the window's look and font size, a labelled form, Enter / Ctrl+S to save. */
final class NoteDialogs {
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

    static Label status(String id) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        return status;
    }
}
