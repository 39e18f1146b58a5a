package org.branchledger.notes;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.branchledger.core.ui.Forms;

/** What the notes dialogs share: the window's look and font size, a labelled form, Enter / Ctrl+S to save. */
final class NoteDialogs {
    private NoteDialogs() {
    }

    /** A window-modal dialog in the main window's style, with a save button (first) beside 取消. */
    static Dialog<ButtonType> saveDialog(Window owner, double fontPixels, String title, String saveKey) {
        return Forms.saveDialog(owner, fontPixels, NoteDialogs.class.getResource("NotesView.css"), "notes-dialog",
                title, title, saveKey);
    }

    static Label status(String id) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        return status;
    }
}
