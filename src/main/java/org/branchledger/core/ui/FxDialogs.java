package org.branchledger.core.ui;

import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/** The real dialogs of the window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Function<Throwable, String> logFailure;

    /** @param logFailure keeps the details of an unexpected failure and says where */
    public FxDialogs(Window owner, Function<Throwable, String> logFailure) {
        this.owner = owner;
        this.logFailure = logFailure;
    }

    @Override
    public void showError(Throwable error) {
        String message = error instanceof UserError
                ? error.getMessage()
                : Messages.get("error.unexpected", String.valueOf(error.getMessage()), logFailure.apply(error));
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String yes) {
        return confirm(title, message, yes, Messages.get("form.cancel"));
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        javafx.scene.control.ButtonType yesType = new javafx.scene.control.ButtonType(yes,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType noType = new javafx.scene.control.ButtonType(no,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesType, noType);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId("confirmDialog");
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle()); // the window's font size
            }
        }
        ((javafx.scene.control.Label) alert.getDialogPane().lookup(".content")).setWrapText(true);
        alert.getDialogPane().setMaxWidth(640);
        return alert.showAndWait().filter(yesType::equals).isPresent();
    }
}
