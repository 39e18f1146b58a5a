package org.branchledger.notes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/**
 * 抽查: the sample size, then a reproducible draw (its seed is recorded so the sample can be reprinted),
 * the sample shown with a result field per note, and the checker and date.
 */
final class SpotCheckDialog {
    private SpotCheckDialog() {
    }

    static void open(Window owner, double fontPixels, NotesService notes, Tasks tasks, Dialogs dialogs,
                     long branchId, int year, Map<Long, String> names, LocalDate today, Runnable onSaved) {
        Dialog<ButtonType> dialog = NoteDialogs.saveDialog(owner, fontPixels, Messages.get("notesScreen.spot.title"),
                "notesScreen.spot.save");
        StringProperty size = new SimpleStringProperty("5");
        StringProperty checker = new SimpleStringProperty("");
        StringProperty date = new SimpleStringProperty(today.toString());
        ObjectProperty<Long> seed = new SimpleObjectProperty<>();
        IntegerProperty drawnSize = new SimpleIntegerProperty();
        Map<Long, TextField> results = new LinkedHashMap<>();
        TextField sizeField = Forms.text("spotSize", size, "", 4);
        sizeField.setPrefColumnCount(4);
        TextField checkerField = Forms.text("spotChecker", checker, Messages.get("notesScreen.spot.checkerPrompt"),
                50);
        TextField dateField = Forms.text("spotDate", date, Messages.get("notesScreen.datePrompt"), 40);
        StringProperty number = new SimpleStringProperty("");
        TextField numberField = Forms.text("spotNumber", number, Messages.get("notesScreen.spot.numberPrompt"), 20);
        numberField.setPrefColumnCount(8);
        Label seedLine = NoteDialogs.status("spotSeed");
        GridPane sample = Forms.form();
        sample.setId("spotSample");
        Button draw = new Button(Messages.get("notesScreen.spot.draw"));
        draw.setId("spotDraw");
        draw.disableProperty().bind(Bindings.createBooleanBinding(() -> parse(size.get()) <= 0
                || !number.get().isBlank() && NotesService.drawNumber(number.get()) == null, size, number));
        draw.setOnAction(e -> {
            Long typed = NotesService.drawNumber(number.get());
            long s = typed != null ? typed : NotesService.newSeed();
            int n = parse(size.get());
            tasks.run(() -> notes.sample(branchId, year, s, n)).onSuccess(drawn -> {
                seed.set(s);
                drawnSize.set(n);
                show(sample, drawn, names, results);
                seedLine.setText(Messages.get("notesScreen.spot.seed", String.valueOf(s), drawn.size()));
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }).start();
        });
        GridPane form = Forms.form();
        int row = Forms.field(form, 0, "notesScreen.spot.checker", checkerField, null);
        row = Forms.field(form, row, "notesScreen.spot.date", dateField, null);
        row = Forms.field(form, row, "notesScreen.spot.number", numberField, null);
        form.addRow(row, new Label(Messages.get("notesScreen.spot.size")), new HBox(8, sizeField, draw));
        ScrollPane scroll = new ScrollPane(sample);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        Label status = NoteDialogs.status("spotStatus");
        dialog.getDialogPane().setContent(new VBox(10, form, seedLine, scroll, status));
        BooleanBinding valid = Bindings.createBooleanBinding(() -> seed.get() != null && !checker.get().isBlank()
                && validDate(date.get()), seed, checker, date);
        Forms.saveButton(dialog, "spotSave", valid, status, tasks, dialogs, () -> {
            Map<Long, String> typed = new LinkedHashMap<>();
            results.forEach((id, field) -> typed.put(id, field.getText().isBlank() ? null : field.getText().strip()));
            long s = seed.get();
            int n = drawnSize.get();
            String who = checker.get().strip();
            LocalDate on = NoteFormModel.day(date.get());
            return () -> notes.recordSpotCheck(branchId, year, on, who, s, n, typed);
        }, saved -> onSaved.run());
        dialog.setOnShown(e -> checkerField.requestFocus());
        dialog.show();
    }

    private static void show(GridPane sample, List<ReadingNote> drawn, Map<Long, String> names,
                             Map<Long, TextField> results) {
        sample.getChildren().clear();
        results.clear();
        int row = 0;
        for (ReadingNote n : drawn) {
            Label what = new Label(Messages.get("notesScreen.spot.item", names.getOrDefault(n.memberId(), ""),
                    n.writtenOn().toString(), n.kind().label(),
                    org.branchledger.core.text.BookTitle.of(n.title())));
            what.setWrapText(true);
            TextField result = new TextField();
            result.setId("spotResult" + row);
            result.setPromptText(Messages.get("notesScreen.spot.resultPrompt"));
            results.put(n.id(), result);
            sample.addRow(row++, what, result);
        }
        if (drawn.isEmpty()) {
            sample.addRow(0, new Label(Messages.get("notesScreen.spot.none")));
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean validDate(String s) {
        try {
            NoteFormModel.day(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
