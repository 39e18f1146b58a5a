package org.branchledger.study;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.Member;

/** 登记自学: member, date, material and hours for one self-study entry. Enter saves, Esc cancels. */
final class SelfStudyDialog {
    private SelfStudyDialog() {
    }

    /** Opens the dialog (not blocking); {@code onSaved} runs on the FX thread once the entry is stored. */
    static void open(Window owner, double fontPixels, StudyService study, Tasks tasks, Dialogs dialogs, long branchId,
                     int year, List<Member> current, Member preselected, Runnable onSaved) {
        SelfStudyDialogModel model = new SelfStudyDialogModel(year, preselected, LocalDate.now());
        Dialog<ButtonType> dialog = new Dialog<>();
        StudyDialogs.prepare(dialog, owner, fontPixels);
        dialog.setTitle(Messages.get("studyScreen.self.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(Messages.get("studyScreen.self.header"));
        ButtonType saveType = new ButtonType(Messages.get("studyScreen.self.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(saveType,
                new ButtonType(Messages.get("studyScreen.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ComboBox<Member> member = new ComboBox<>();
        member.setId("selfMember");
        member.getItems().setAll(current);
        member.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Member fromString(String s) {
                return current.stream().filter(m -> m.name().equals(s)).findFirst().orElse(null);
            }
        });
        member.setVisibleRowCount(12);
        member.setPromptText(Messages.get("studyScreen.self.memberPrompt"));
        member.valueProperty().bindBidirectional(model.member());
        TextField date = text("selfDate", model.date(), Messages.get("studyScreen.datePrompt"), 100);
        TextField material = text("selfMaterial", model.material(), Messages.get("studyScreen.self.materialPrompt"),
                SelfStudyDialogModel.MATERIAL_MAX + 20);
        material.setPrefColumnCount(24);
        TextField hours = text("selfHours", model.hours(), Messages.get("studyScreen.hoursPrompt"), 10);

        GridPane grid = StudyDialogs.form();
        int row = StudyDialogs.field(grid, 0, "studyScreen.self.member", member, null);
        row = StudyDialogs.field(grid, row, "studyScreen.self.date", date, model.dateError());
        row = StudyDialogs.field(grid, row, "studyScreen.self.material", material, model.materialError());
        StudyDialogs.field(grid, row, "studyScreen.self.hours", hours, model.hoursError());
        grid.setVgap(8);
        Label hint = new Label(Messages.get("studyScreen.self.hint"));
        hint.getStyleClass().addAll("field-hint", "form-note");
        hint.setWrapText(true);
        Label status = new Label();
        status.setId("selfStatus");
        pane.setContent(new VBox(12, grid, hint, status));

        Button save = (Button) pane.lookupButton(saveType);
        save.setId("selfSave");
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(model.valid().not().or(saving));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (save.isDisabled()) {
                return;
            }
            SelfStudy entry = model.entry();
            saving.set(true);
            status.setText(Messages.get("studyScreen.saving"));
            tasks.run(() -> {
                study.addSelfStudy(branchId, entry);
                return entry;
            }).onSuccess(saved -> {
                dialog.setResult(saveType);
                dialog.close();
                onSaved.run();
            }).onError(error -> {
                saving.set(false);
                status.setText("");
                dialogs.showError(error);
            }).start();
        });
        StudyDialogs.confirmOnEnter(dialog, save);
        dialog.setOnShown(e -> (preselected == null ? member : material).requestFocus());
        dialog.show();
    }

    private static TextField text(String id, StringProperty value, String prompt, int max) {
        TextField t = StudyDialogs.limited(new TextField(), max);
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setPromptText(prompt);
        t.setPrefColumnCount(16);
        return t;
    }
}
