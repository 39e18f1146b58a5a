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
}
