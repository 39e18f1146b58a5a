package org.branchledger.study;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;

/**
 * 补课: when the member made up the session, and how. The date may not be before the session; it
 * starts at today (or the session's date, for a session still ahead). Nothing is stored here: the grid
 * takes the answer and 保存 writes it with the rest.
 */
final class AttendanceGridMakeupDialog {
    private AttendanceGridMakeupDialog() {
    }

    /**
     * Opens the dialog (not blocking).
     *
     * @param today      the app's today, where the date starts
     * @param names      whose make-up this is, for the header
     * @param onDone     gets the date and how once the user confirms
     * @param onCancel   runs when the user closes it without confirming
     */
    static void open(Window owner, double fontPixels, LocalDate today, StudySession session, String names,
                     LocalDate currentOn, String currentHow, BiConsumer<LocalDate, String> onDone, Runnable onCancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        StudyDialogs.prepare(dialog, owner, fontPixels);
        dialog.setTitle(Messages.get("studyScreen.makeup.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(Messages.get("studyScreen.makeup.header", names, session.heldOn().toString(),
                org.branchledger.core.text.BookTitle.of(session.topic())));
        ButtonType okType = new ButtonType(Messages.get("studyScreen.makeup.ok"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(okType,
                new ButtonType(Messages.get("studyScreen.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        LocalDate start = currentOn != null ? currentOn : today.isBefore(session.heldOn()) ? session.heldOn() : today;
        TextField date = Forms.limited(new TextField(start.toString()), 100);
        date.setId("makeupDate");
        date.setPromptText(Messages.get("studyScreen.datePrompt"));
        date.setPrefColumnCount(14);
        ComboBox<String> how = new ComboBox<>();
        how.setId("makeupHow");
        how.setEditable(true);
        how.getItems().setAll(Arrays.asList(Messages.get("studyScreen.makeup.ways").split("[,，]")));
        how.setValue(currentHow == null ? how.getItems().get(0) : currentHow);
        how.setPrefWidth(240);

        StringProperty error = new SimpleStringProperty("");
        ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
        Runnable check = () -> {
            try {
                LocalDate d = SessionFormModel.day(date.getText());
                error.set(d.isBefore(session.heldOn()) ? Messages.get("studyScreen.makeup.beforeSession") : "");
                on.set(error.get().isEmpty() ? d : null);
            } catch (IllegalArgumentException e) {
                error.set(e.getMessage());
                on.set(null);
            }
        };
        date.textProperty().addListener((obs, old, now) -> check.run());
        check.run();

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "studyScreen.makeup.date", date, error);
        Forms.field(grid, row, "studyScreen.makeup.how", how, null);
        grid.setVgap(8);
        pane.setContent(grid);

        Button ok = (Button) pane.lookupButton(okType);
        ok.setId("makeupOk");
        ok.disableProperty().bind(Bindings.isNull(on));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (ok.isDisabled()) {
                e.consume();
            }
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == okType) {
                String typed = how.getEditor().getText();
                onDone.accept(on.get(), typed == null || typed.isBlank() ? how.getValue() : typed);
            } else {
                onCancel.run();
            }
        });
        Forms.confirmOnEnter(dialog, ok);
        dialog.setOnShown(e -> {
            date.requestFocus();
            date.selectAll();
        });
        dialog.show();
    }
}
