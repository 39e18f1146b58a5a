package org.branchledger.notes;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/** 批改: reviewer, date, comment and grade (优 / 良 / 合格 / 需修改) of one note. */
final class NoteReviewDialog {
    static final int COMMENT_MAX = 1000;

    private NoteReviewDialog() {
    }

    /** @param defaultReviewer who reviews when the note has no reviewer yet (the branch's secretary), or null */
    static void open(Window owner, double fontPixels, NotesService notes, Tasks tasks, Dialogs dialogs,
                     ReadingNote note, String memberName, String defaultReviewer, LocalDate today,
                     Runnable onSaved) {
        Dialog<ButtonType> dialog = NoteDialogs.saveDialog(owner, fontPixels,
                Messages.get("notesScreen.review.title", memberName, org.branchledger.core.text.BookTitle.of(note.title())), "notesScreen.review.save");
        String initialReviewer = note.reviewer() != null ? note.reviewer() : defaultReviewer == null ? "" : defaultReviewer;
        StringProperty reviewer = new SimpleStringProperty(initialReviewer);
        StringProperty date = new SimpleStringProperty(
                (note.reviewedOn() == null ? today : note.reviewedOn()).toString());
        TextField reviewerField = Forms.text("reviewReviewer", reviewer,
                Messages.get("notesScreen.review.reviewerPrompt"), 50);
        TextField dateField = Forms.text("reviewDate", date, Messages.get("notesScreen.datePrompt"), 40);
        TextArea comment = new TextArea(note.reviewComment() == null ? "" : note.reviewComment());
        comment.setId("reviewComment");
        comment.setWrapText(true);
        comment.setPrefRowCount(4);
        comment.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > COMMENT_MAX
                ? null : c));
        ChoiceBox<Grade> grade = new ChoiceBox<>(FXCollections.observableArrayList(Grade.values()));
        grade.setId("reviewGrade");
        grade.setValue(note.grade());
        grade.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grade g) {
                return g == null ? "" : g.label();
            }

            @Override
            public Grade fromString(String s) {
                return Grade.ofLabel(s);
            }
        });
        StringBinding dateError = Bindings.createStringBinding(() -> dateError(date.get(), note), date);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !reviewer.get().isBlank()
                && !date.get().isBlank() && dateError.get().isEmpty() && grade.getValue() != null,
                reviewer, date, dateError, grade.valueProperty());

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "notesScreen.review.reviewer", reviewerField, null);
        row = Forms.field(grid, row, "notesScreen.review.date", dateField, dateError);
        row = Forms.field(grid, row, "notesScreen.review.grade", grade, null);
        Forms.field(grid, row, "notesScreen.review.comment", comment, null);
        Label status = NoteDialogs.status("reviewStatus");
        dialog.getDialogPane().setContent(new VBox(10, grid, status));
        EditBase<ReadingNote> base = new EditBase<>(ReadingNote.class, note); // saves check it (decision 0025)
        Forms.saveButton(dialog, "reviewSave", valid, status, tasks, dialogs, () -> {
            String who = reviewer.get().strip();
            LocalDate on = NoteFormModel.day(date.get());
            String text = comment.getText().isBlank() ? null : comment.getText().strip();
            Grade g = grade.getValue();
            ReadingNote loaded = base.get();
            return () -> notes.review(loaded, who, on, text, g);
        }, saved -> onSaved.run(), base);
        dialog.setOnShown(e -> (reviewer.get().isBlank() ? reviewerField : grade).requestFocus());
        dialog.show();
    }

    private static String dateError(String text, ReadingNote note) {
        if (text.isBlank()) {
            return "";
        }
        try {
            LocalDate on = NoteFormModel.day(text);
            return on.isBefore(note.writtenOn()) ? Messages.get("notesScreen.review.beforeWritten") : "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
