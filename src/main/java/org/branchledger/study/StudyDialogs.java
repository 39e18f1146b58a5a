package org.branchledger.study;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Forms;

/**
 * What the study dialogs share: the main window's look and font size, a two-column form whose
 * messages sit under their fields, Enter / Ctrl+S to confirm, and the 未保存 question.
 */
final class StudyDialogs {
    private StudyDialogs() {
    }

    /** Owner, modality, the window's style sheets and font size: the same look as the main window. */
    static void prepare(Dialog<?> dialog, Window owner, double fontPixels) {
        Forms.prepare(dialog, owner, fontPixels, StudyDialogs.class.getResource("StudyView.css"), "study-dialog");
    }

    /**
     * A prepared dialog ({@link #prepare}) with its title, header, and a save button ({@code saveKey}) beside
     * 取消; the save button's type is the first of the pane's button types.
     */
    static Dialog<ButtonType> saveDialog(Window owner, double fontPixels, String title, String header,
                                         String saveKey) {
        return Forms.saveDialog(owner, fontPixels, StudyDialogs.class.getResource("StudyView.css"), "study-dialog",
                title, header, saveKey);
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
