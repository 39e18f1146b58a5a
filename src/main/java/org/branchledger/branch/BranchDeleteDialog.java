package org.branchledger.branch;

import org.branchledger.core.branch.Branch;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.Progress;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.ui.Tasks;

/**
 * 删除支部: says what goes, and deletes only once the branch's name is typed again; the demo branch
 * needs no typing (its people are invented). Either way a backup of everything is made first.
 */
final class BranchDeleteDialog {
    private BranchDeleteDialog() {
    }

    static Dialog<ButtonType> open(Window owner, double fontPixels, Branch branch, int currentMembers,
                                   BranchRemoval removal, Tasks tasks, Dialogs dialogs,
                                   Consumer<BranchRemoval.Removed> onRemoved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Forms.prepare(dialog, owner, fontPixels, BranchDeleteDialog.class.getResource(BranchFormDialog.STYLES),
                "branch-dialog");
        dialog.getDialogPane().setId("branchDeleteDialog");
        boolean demo = branch.demo();
        dialog.setTitle(Messages.get(demo ? "branch.remove.demoTitle" : "branch.remove.title"));
        dialog.getDialogPane().setHeaderText(Messages.get("branch.remove.header", branch.name()));
        ButtonType deleteType = new ButtonType(Messages.get("branch.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(Messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(deleteType, cancelType);

        Label text = new Label(demo ? Messages.get("branch.remove.demoText", branch.name())
                : Messages.get("branch.remove.text", branch.name(), currentMembers));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField typed = new TextField();
        typed.setId("branchDeleteName");
        typed.setPromptText(Messages.get("branch.remove.typePrompt"));
        typed.setManaged(!demo);
        typed.setVisible(!demo);
        Label status = new Label();
        status.setId("branchDeleteStatus");
        status.setWrapText(true);
        status.setMaxWidth(560);
        dialog.getDialogPane().setContent(new VBox(12, text, typed, status));

        Button delete = (Button) dialog.getDialogPane().lookupButton(deleteType);
        delete.setId("branchDeleteConfirm");
        delete.getStyleClass().add("branch-danger");
        BooleanProperty working = new SimpleBooleanProperty();
        delete.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !demo && !BranchRemoval.confirms(branch, typed.getText()), typed.textProperty()).or(working));
        dialog.getDialogPane().lookupButton(cancelType).disableProperty().bind(working);
        delete.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once deleted
            if (delete.isDisabled()) {
                return;
            }
            working.set(true);
            status.setText(Messages.get("branch.info.deleting"));
            String name = typed.getText();
            tasks.run((Progress p) -> demo ? removal.removeDemo(branch, p) : removal.remove(branch, name, p))
                    .onSuccess(removed -> {
                        dialog.setResult(deleteType);
                        dialog.close();
                        onRemoved.accept(removed);
                    }).onError(error -> {
                        working.set(false);
                        status.setText("");
                        dialogs.showError(error);
                    }).start();
        });
        dialog.setOnCloseRequest(e -> {
            if (working.get()) {
                e.consume(); // the backup or the deletion is under way: it finishes first
            }
        });
        javafx.scene.Node cancel = dialog.getDialogPane().lookupButton(cancelType);
        dialog.setOnShown(e -> (demo ? cancel : typed).requestFocus()); // Enter must not delete unasked
        dialog.show();
        return dialog;
    }
}
