package org.branchledger.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.branchledger.core.i18n.Messages;

/** The honest page of a feature that has not landed yet. */
final class ComingSoonPage {
    private ComingSoonPage() {
    }

    static Node create(String feature) {
        Label title = new Label(Messages.get("page.comingSoon.title", feature));
        title.getStyleClass().add("page-title");
        Label text = new Label(Messages.get("page.comingSoon.text", feature));
        text.setWrapText(true);
        text.getStyleClass().add("page-subtitle");
        VBox page = new VBox(16, title, text);
        page.getStyleClass().add("page");
        return page;
    }
}
