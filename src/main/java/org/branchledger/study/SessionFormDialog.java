package org.branchledger.study;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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

/**
 * 新增活动: date, 形式, 主题, 学时, 地点, 主讲人 and 全部出席; checked as the user types, saved with
 * the attendance of every current member in one action. Enter saves, Esc cancels.
 */
final class SessionFormDialog {
    private SessionFormDialog() {
    }

    /** Opens the form (not blocking); {@code onSaved} runs on the FX thread with the stored session. */
    static void open(Window owner, double fontPixels, StudyService study, Tasks tasks, Dialogs dialogs,
                     LocalDate today, long branchId, int year, List<StudySession> existing, List<Member> current,
                     Consumer<StudySession> onSaved) {
        SessionFormModel model = new SessionFormModel(branchId, year, existing, today);
        Dialog<ButtonType> dialog = StudyDialogs.saveDialog(owner, fontPixels, Messages.get("studyScreen.form.title"),
                Messages.get("studyScreen.form.header", year), "studyScreen.form.save");

        TextField date = Forms.text("sessionDate", model.date(), Messages.get("studyScreen.datePrompt"), 100);
        ComboBox<SessionKind> kind = new ComboBox<>();
        kind.setId("sessionKind");
        kind.getItems().setAll(SessionKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        TextField topic = Forms.text("sessionTopic", model.topic(), null, SessionFormModel.TOPIC_MAX + 20);
        topic.setPrefColumnCount(24);
        TextField hours = Forms.text("sessionHours", model.hours(), Messages.get("studyScreen.hoursPrompt"), 10);
        TextField place = Forms.text("sessionPlace", model.place(), null, 100);
        TextField speaker = Forms.text("sessionSpeaker", model.speaker(), null, 50);
        CheckBox allPresent = new CheckBox(Messages.get("studyScreen.form.allPresent"));
        allPresent.setId("sessionAllPresent");
        allPresent.selectedProperty().bindBidirectional(model.allPresent());

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "studyScreen.form.date", date, model.dateError());
        row = Forms.field(grid, row, "studyScreen.form.kind", kind, null);
        row = Forms.field(grid, row, "studyScreen.form.topic", topic, model.topicError());
        row = Forms.field(grid, row, "studyScreen.form.hours", hours, model.hoursError());
        row = Forms.field(grid, row, "studyScreen.form.place", place, null);
        row = Forms.field(grid, row, "studyScreen.form.speaker", speaker, null);
        grid.add(allPresent, 1, row);
        Label hint = new Label();
        hint.setId("sessionAllPresentHint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("studyScreen.form.allPresentHint",
                model.expected(current).size()), model.kind()));
        hint.getStyleClass().addAll("field-hint", "form-note");
        hint.setWrapText(true);
        grid.add(hint, 1, row + 1);
        grid.setVgap(8);
        Label status = new Label();
        status.setId("sessionFormStatus");
        status.setWrapText(true);
        status.getStyleClass().add("field-error");
        dialog.getDialogPane().setContent(new VBox(12, grid, status));

        Forms.saveButton(dialog, "sessionSave", model.valid(), status, tasks, dialogs, () -> {
            StudySession session = model.session();
            List<Attendance> attendance = model.attendance(current);
            return () -> study.addSession(session, attendance);
        }, onSaved);
        dialog.setOnShown(e -> {
            date.requestFocus();
            date.selectAll();
        });
        dialog.show();
    }
}
