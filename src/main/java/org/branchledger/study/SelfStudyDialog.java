package org.branchledger.study;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.Member;

/** 登记自学: member, date, material and hours for one self-study entry. Enter saves, Esc cancels. */
final class SelfStudyDialog {
    private SelfStudyDialog() {
    }

    /** Opens the dialog (not blocking); {@code onSaved} runs on the FX thread once the entry is stored. */
    static void open(Window owner, double fontPixels, StudyService study, Tasks tasks, Dialogs dialogs,
                     LocalDate today, long branchId, int year, List<Member> current, Member preselected, Runnable onSaved) {
        SelfStudyDialogModel model = new SelfStudyDialogModel(year, preselected, today);
        Dialog<ButtonType> dialog = StudyDialogs.saveDialog(owner, fontPixels, Messages.get("studyScreen.self.title"),
                Messages.get("studyScreen.self.header"), "studyScreen.self.save");

        ComboBox<Member> member = org.branchledger.roster.MemberChooser.of(current, "selfMember");
        member.setPromptText(Messages.get("studyScreen.self.memberPrompt"));
        member.valueProperty().bindBidirectional(model.member());
        TextField date = Forms.text("selfDate", model.date(), Messages.get("studyScreen.datePrompt"), 100);
        TextField material = Forms.text("selfMaterial", model.material(),
                Messages.get("studyScreen.self.materialPrompt"), SelfStudyDialogModel.MATERIAL_MAX + 20);
        material.setPrefColumnCount(24);
        TextField hours = Forms.text("selfHours", model.hours(), Messages.get("studyScreen.hoursPrompt"), 10);

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "studyScreen.self.member", member, null);
        row = Forms.field(grid, row, "studyScreen.self.date", date, model.dateError());
        row = Forms.field(grid, row, "studyScreen.self.material", material, model.materialError());
        Forms.field(grid, row, "studyScreen.self.hours", hours, model.hoursError());
        grid.setVgap(8);
        Label hint = Forms.hint(Messages.get("studyScreen.self.hint"));
        Label status = new Label();
        status.setId("selfStatus");
        dialog.getDialogPane().setContent(new VBox(12, grid, hint, status));

        Forms.saveButton(dialog, "selfSave", model.valid(), status, tasks, dialogs, () -> {
            SelfStudy entry = model.entry();
            return () -> {
                study.addSelfStudy(branchId, entry);
                return entry;
            };
        }, saved -> onSaved.run());
        dialog.setOnShown(e -> (preselected == null ? member : material).requestFocus());
        dialog.show();
    }
}
