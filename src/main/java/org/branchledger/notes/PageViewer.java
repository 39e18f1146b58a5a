package org.branchledger.notes;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.ledger.PdfPreview;

/**
 * A scanned note's pages shown inside the app; read and rendered off the FX thread, from memory only (a page
 * of a folder with a password is decrypted into memory, never into a file).
 */
final class PageViewer {
    private static final double WIDTH = 820;

    private PageViewer() {
    }

    /** @param name the page's file name as the user chose it; @param bytes reads the page's bytes */
    static void show(Window owner, String name, Callable<byte[]> bytes, Tasks tasks, Label status) {
        status.setText(Messages.get("notesScreen.page.loading"));
        tasks.run(p -> {
            byte[] content = bytes.call();
            return name.toLowerCase().endsWith(".pdf") ? PdfPreview.render(content, p)
                    : List.of(new Image(new ByteArrayInputStream(content)));
        }).onSuccess(pages -> {
                    status.setText("");
                    if (pages.isEmpty() || pages.get(0).isError()) {
                        status.setText(Messages.get("notesScreen.page.unreadable", name));
                        return;
                    }
                    VBox box = new VBox(12);
                    box.setAlignment(Pos.TOP_CENTER);
                    box.setPadding(new Insets(12));
                    for (Image page : pages) {
                        ImageView view = new ImageView(page);
                        view.setPreserveRatio(true);
                        view.setFitWidth(Math.min(WIDTH, page.getWidth()));
                        box.getChildren().add(view);
                    }
                    Stage stage = new Stage();
                    stage.initOwner(owner);
                    stage.setTitle(name);
                    stage.setScene(new Scene(new ScrollPane(box), WIDTH + 40, 700));
                    org.branchledger.core.ui.ScreenFit.stage(stage);
                    stage.show();
                }).start();
    }
}
