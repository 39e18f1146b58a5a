package org.branchledger.roster;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchledger.core.UserError;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Tasks;

/**
 * 离开本支部: a member 转出 or 去世 on a date. The reason must be picked (no default, so a death is never
 * recorded by a stray Enter; the arrow keys pick it); the date starts at today. The member then leaves the current counts.
 */
final class LeaveDialog {
    /** The reasons {@link RosterService#leave} knows. */
    static final String TRANSFERRED = Messages.get("leave.reason.transferred");
    static final String DIED = Messages.get("leave.reason.died");

    private LeaveDialog() {
    }

    /** Opens the dialog (not blocking); {@code onLeft} runs on the FX thread once the change is stored. */
    static void open(Window owner, double fontPixels, RosterService roster, Tasks tasks, Dialogs dialogs,
                     Member member, Consumer<Member> onLeft) {
        Dialog<ButtonType> dialog = new Dialog<>();
        MemberFormDialog.prepare(dialog, owner, fontPixels);
        dialog.setTitle(Messages.get("leaveDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(Messages.get("leaveDialog.header", member.name(), member.idNumber()));
        ButtonType confirmType = new ButtonType(Messages.get("leaveDialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(confirmType,
                new ButtonType(Messages.get("leaveDialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ComboBox<String> reason = new ComboBox<>();
        reason.setId("leaveReason");
        reason.getItems().setAll(TRANSFERRED, DIED);
        reason.setPromptText(Messages.get("leaveDialog.reason.prompt"));
        reason.setMaxWidth(Double.MAX_VALUE);
        LocalDate today = roster.today();
        TextField date = new TextField(today.toString());
        date.setId("leaveDate");
        date.setPromptText(Messages.get("memberForm.datePrompt"));
        date.setPrefColumnCount(14);
        Label error = new Label();
        error.setId("leaveError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);

        ObjectProperty<PartialDate> on = new SimpleObjectProperty<>();
        date.textProperty().addListener((obs, old, text) -> on.set(parse(text, today, error)));
        on.set(parse(date.getText(), today, error));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Label reasonLabel = new Label(Messages.get("leaveDialog.reason"));
        reasonLabel.setLabelFor(reason);
        Label dateLabel = new Label(Messages.get("leaveDialog.date"));
        dateLabel.setLabelFor(date);
        grid.addRow(0, reasonLabel, reason);
        grid.addRow(1, dateLabel, date);
        grid.add(error, 1, 2);
        pane.setContent(grid);

        Button confirm = (Button) pane.lookupButton(confirmType);
        confirm.setId("leaveConfirm");
        BooleanProperty saving = new SimpleBooleanProperty();
        confirm.disableProperty().bind(Bindings.or(reason.valueProperty().isNull(), on.isNull()).or(saving));
        EditBase<Member> base = new EditBase<>(Member.class, member); // saves check it (decision 0025)
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (confirm.isDisabled()) {
                return;
            }
            String why = reason.getValue();
            PartialDate when = on.get();
            saving.set(true);
            Member loaded = base.get();
            tasks.run(() -> roster.leave(loaded, why, when)).onSuccess(left -> {
                dialog.setResult(confirmType);
                dialog.close();
                onLeft.accept(left);
            }).onError(failure -> {
                saving.set(false);
                if (failure instanceof UserError) {
                    error.setText(failure.getMessage());
                } else {
                    base.failed(failure, dialogs, confirm::fire, now -> {
                        dialog.setResult(confirmType);
                        dialog.close();
                        onLeft.accept(now);
                    });
                }
            }).start();
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)
                    && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing())) {
                e.consume();
                confirm.fire();
            }
        });
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.show();
    }

    /** The date typed, or null with the reason shown; a date after today is refused here already. */
    private static PartialDate parse(String text, LocalDate today, Label error) {
        try {
            PartialDate d = DateParser.parse(text);
            if (today.isBefore(d.firstDay())) {
                error.setText(Messages.get("leaveDialog.future"));
                return null;
            }
            error.setText("");
            return d;
        } catch (DateParseException e) {
            error.setText(e.getMessage());
            return null;
        }
    }
}
