package org.branchledger.study;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
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
        Dialog<ButtonType> dialog = new Dialog<>();
        StudyDialogs.prepare(dialog, owner, fontPixels);
        dialog.setTitle(Messages.get("studyScreen.settings.title", year));
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(Messages.get("studyScreen.settings.header", year));
        ButtonType saveType = new ButtonType(Messages.get("studyScreen.settings.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(saveType,
                new ButtonType(Messages.get("studyScreen.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

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

        GridPane grid = StudyDialogs.form();
        int row = StudyDialogs.field(grid, 0, "studyScreen.settings.required", required, model.requiredError());
        Label shareLabel = new Label(Messages.get("studyScreen.settings.share"));
        shareLabel.setLabelFor(numerator);
        grid.addRow(row, shareLabel, share);
        Label shareError = new Label();
        shareError.getStyleClass().add("field-error");
        shareError.textProperty().bind(model.shareError());
        shareError.managedProperty().bind(shareError.visibleProperty());
        shareError.visibleProperty().bind(shareError.textProperty().isNotEmpty());
        grid.add(shareError, 1, row + 1);
        row = StudyDialogs.field(grid, row + 2, "studyScreen.settings.committee", committee, model.committeeError());
        StudyDialogs.field(grid, row, "studyScreen.settings.topics", topics, model.topicsError());
        grid.setVgap(8);
        Label hint = new Label(Messages.get("studyScreen.settings.topicsHint"));
        hint.getStyleClass().addAll("field-hint", "form-note");
        hint.setWrapText(true);
        Label status = new Label();
        pane.setContent(new VBox(12, grid, hint, status));

        Button save = (Button) pane.lookupButton(saveType);
        save.setId("settingsSave");
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(model.valid().not().or(saving));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (save.isDisabled()) {
                return;
            }
            StudySettings settings = model.settings();
            saving.set(true);
            status.setText(Messages.get("studyScreen.saving"));
            tasks.run(() -> {
                study.saveSettings(branchId, year, settings);
                return settings;
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
        dialog.setOnShown(e -> {
            required.requestFocus();
            required.selectAll();
        });
        dialog.show();
    }

    private static TextField text(String id, StringProperty value, int columns) {
        TextField t = StudyDialogs.limited(new TextField(), 10);
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setPrefColumnCount(columns);
        return t;
    }
}
