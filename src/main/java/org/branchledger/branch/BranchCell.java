package org.branchledger.branch;

import org.branchledger.core.branch.Branch;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.branchledger.core.i18n.Messages;

/** A branch in a list: its name, and a 示例 badge on the demo branch so no one takes it for real. */
public final class BranchCell extends ListCell<Branch> {
    private final Label badge = badge();

    @Override
    protected void updateItem(Branch branch, boolean empty) {
        super.updateItem(branch, empty);
        if (empty || branch == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(branch.name());
        setGraphic(branch.demo() ? badge : null);
        setContentDisplay(ContentDisplay.RIGHT);
        setGraphicTextGap(8);
    }

    /** The 示例 badge, as the selector and the home page show it. */
    public static Label badge() {
        Label badge = new Label(Messages.get("branch.demo.badge"));
        badge.getStyleClass().add("demo-badge");
        return badge;
    }
}
