package org.branchledger.branch;

import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.branch.Branch;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.ui.Tasks;

/** 新建支部 / 修改支部信息: the form of {@link BranchFormModel} in a dialog. */
final class BranchFormDialog {
    static final String STYLES = "BranchView.css";

    private BranchFormDialog() {
    }

    /** Opens the dialog (not blocking); {@code onSaved} gets the branch as stored, on the FX thread. */
    static Dialog<ButtonType> open(Window owner, double fontPixels, BranchFormModel model, BranchService branches,
                                   Tasks tasks, Dialogs dialogs, Consumer<Branch> onSaved) {
        boolean editing = model.editing();
        Dialog<ButtonType> dialog = Forms.saveDialog(owner, fontPixels, BranchFormDialog.class.getResource(STYLES),
                "branch-dialog", Messages.get(editing ? "branch.form.editTitle" : "branch.form.newTitle"),
                editing ? Messages.get("branch.form.editHeader", model.name().get())
                        : Messages.get("branch.form.newHeader"),
                editing ? "branch.form.save" : "branch.form.create");
        dialog.getDialogPane().setId("branchDialog");

        TextField name = Forms.text("branchName", model.name(), Messages.get("branch.form.namePrompt"),
                BranchRules.NAME_MAX);
        name.setPrefColumnCount(22);
        ComboBox<BranchKind> kind = new ComboBox<>();
        kind.setId("branchKind");
        kind.getItems().setAll(BranchKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        TextField higherOrg = Forms.text("branchHigherOrg", model.higherOrg(), Messages.get("branch.form.higherOrgPrompt"),
                BranchRules.HIGHER_ORG_MAX);
        TextField secretary = Forms.text("branchSecretary", model.secretary(), null, BranchRules.SECRETARY_MAX);
        TextField founded = Forms.text("branchFounded", model.founded(), Messages.get("branch.form.foundedPrompt"), 20);
        TextField phone = Forms.text("branchPhone", model.phone(), Messages.get("branch.form.phonePrompt"),
                BranchRules.PHONE_MAX);
        TextField noticeDays = Forms.text("branchNoticeDays", model.noticeDays(), null, 3);
        noticeDays.setPrefColumnCount(4);
        noticeDays.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "branch.field.name", name, model.nameError());
        row = Forms.field(grid, row, "branch.field.kind", kind, new javafx.beans.property.SimpleStringProperty(""));
        row = Forms.field(grid, row, "branch.field.higherOrg", higherOrg, model.higherOrgError());
        row = Forms.field(grid, row, "branch.field.secretary", secretary, model.secretaryError());
        row = Forms.field(grid, row, "branch.field.founded", founded, model.foundedError());
        row = Forms.field(grid, row, "branch.field.phone", phone, model.phoneError());
        Label days = new Label(Messages.get("branch.field.noticeDays"));
        days.setLabelFor(noticeDays);
        javafx.scene.layout.HBox daysBox = new javafx.scene.layout.HBox(8, noticeDays,
                new Label(Messages.get("branch.field.noticeDays.unit")));
        daysBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row, days, daysBox);
        Label daysError = Forms.message(model.noticeDaysError());
        daysError.setId("branchNoticeDaysError");
        daysError.setWrapText(true);
        grid.add(daysError, 1, row + 1);
        // every message line keeps its room, so a warning never moves the fields under the mouse
        grid.getChildren().stream().filter(n -> n.getStyleClass().contains("field-error")).forEach(n -> {
            n.managedProperty().unbind();
            n.setManaged(true);
            ((Label) n).setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        });
        grid.setVgap(2);
        grid.setPrefWidth(560);
        Label hint = Forms.hint(Messages.get("branch.form.hint"));
        hint.setMaxWidth(560);
        Label status = new Label();
        status.setId("branchStatus");
        status.managedProperty().bind(status.textProperty().isNotEmpty()); // 正在保存 only while saving
        dialog.getDialogPane().setContent(new VBox(8, grid, hint, status));

        EditBase<Branch> base = new EditBase<>(Branch.class, model.loaded());
        Forms.saveButton(dialog, "branchSave", model.valid(), status, tasks, dialogs, () -> {
            Branch wanted = model.branch();
            Branch loaded = base.get();
            return () -> editing ? branches.update(loaded, wanted) : branches.create(wanted);
        }, onSaved, base);
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.end();
        });
        dialog.show();
        return dialog;
    }
}
