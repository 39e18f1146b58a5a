package org.branchledger.study;

import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/**
 * 年度设置: the year's required hours, the centralised share, the higher figure for 支部委员 and 书记,
 * and the required topics. Enter in a one-line field saves (the topics box takes Enter for new lines).
 */
final class StudySettingsDialog {
    private StudySettingsDialog() {
    }

    /** Opens the dialog (not blocking); {@code onSaved} runs on the FX thread once the settings are stored. */
    static void open(Window owner, double fontPixels, StudyService study, Tasks tasks, Dialogs dialogs, long branchId,
                     int year, StudySettings current, Runnable onSaved) {
        StudySettingsFormModel model = new StudySettingsFormModel(current);
        Dialog<ButtonType> dialog = StudyDialogs.saveDialog(owner, fontPixels,
                Messages.get("studyScreen.settings.title", year), Messages.get("studyScreen.settings.header", year),
                "studyScreen.settings.save");

        TextField required = text("settingsRequired", model.required(), 8);
        TextField numerator = text("settingsNumerator", model.numerator(), 3);
        TextField denominator = text("settingsDenominator", model.denominator(), 3);
        HBox share = new HBox(8, numerator, new Label("/"), denominator);
        share.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        share.setId("settingsShare");
        TextField committee = text("settingsCommittee", model.committee(), 8);
        committee.setPromptText(Messages.get("studyScreen.settings.committeePrompt"));
        TextArea topics = new TextArea();
        topics.setId("settingsTopics");
        topics.textProperty().bindBidirectional(model.topics());
        topics.setPrefRowCount(6);
        topics.setPrefColumnCount(26);
        topics.setWrapText(true);

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "studyScreen.settings.required", required, model.requiredError());
        Label shareLabel = new Label(Messages.get("studyScreen.settings.share"));
        shareLabel.setLabelFor(numerator);
        grid.addRow(row, shareLabel, share);
        grid.add(Forms.message(model.shareError()), 1, row + 1);
        row = Forms.field(grid, row + 2, "studyScreen.settings.committee", committee, model.committeeError());
        Forms.field(grid, row, "studyScreen.settings.topics", topics, model.topicsError());
        grid.setVgap(8);
        Label hint = Forms.hint(Messages.get("studyScreen.settings.topicsHint"));
        Label status = new Label();
        dialog.getDialogPane().setContent(new VBox(12, grid, hint, status));

        EditBase<StudySettings> base = new EditBase<>(StudySettings.class, current); // saves check it (decision 0025)
        Forms.saveButton(dialog, "settingsSave", model.valid(), status, tasks, dialogs, () -> {
            StudySettings settings = model.settings();
            StudySettings loaded = base.get();
            return () -> {
                study.saveSettings(branchId, year, loaded, settings);
                return settings;
            };
        }, saved -> onSaved.run(), base);
        dialog.setOnShown(e -> {
            required.requestFocus();
            required.selectAll();
        });
        dialog.show();
    }

    private static TextField text(String id, StringProperty value, int columns) {
        TextField t = Forms.text(id, value, null, 10);
        t.setPrefColumnCount(columns);
        return t;
    }
}
