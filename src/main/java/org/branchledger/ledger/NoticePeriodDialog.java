package org.branchledger.ledger;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Forms;

/** 公示期 of a 公开承诺公示表, asked before it is generated: two dates, checked as typed. Enter confirms, Esc cancels. */
final class NoticePeriodDialog {
    private NoticePeriodDialog() {
    }

    /** Waits for the answer: the period, or nothing when cancelled. */
    static Optional<NoticePeriod> ask(Window owner, double fontPixels, LocalDate today, int usualDays) {
        NoticePeriodFormModel model = new NoticePeriodFormModel(today, usualDays);
        Dialog<ButtonType> dialog = Forms.saveDialog(owner, fontPixels, null, null,
                Messages.get("ledgers.notice.title"), Messages.get("ledgers.notice.header", usualDays),
                "ledgers.notice.ok");
        TextField from = Forms.text("noticeFrom", model.from(), Messages.get("ledgers.notice.prompt"), 20);
        TextField to = Forms.text("noticeTo", model.to(), Messages.get("ledgers.notice.prompt"), 20);
        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "ledgers.notice.from", from, null);
        row = Forms.field(grid, row, "ledgers.notice.to", to, null);
        Label error = Forms.message(model.error());
        error.setId("noticeError");
        error.setWrapText(true);
        Label what = Forms.hint("");
        what.setId("noticeWhat");
        what.textProperty().bind(model.what());
        VBox content = new VBox(10, grid, error, what);
        content.setPrefWidth(fontPixels * 30);
        dialog.getDialogPane().setContent(content);
        ButtonType okType = dialog.getDialogPane().getButtonTypes().get(0);
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId("noticeOk");
        ok.disableProperty().bind(model.valid().not());
        Forms.confirmOnEnter(dialog, ok);
        dialog.setOnShown(e -> from.requestFocus());
        return dialog.showAndWait().filter(b -> b == okType).map(b -> model.period());
    }
}
