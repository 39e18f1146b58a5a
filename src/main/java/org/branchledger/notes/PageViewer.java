package org.branchledger.notes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** A scanned note's pages shown inside the app; read and rendered off the FX thread. */
final class PageViewer {
    private static final double WIDTH = 820;

    private PageViewer() {
    }

    static void show(Window owner, Path file, Tasks tasks, Label status) {
        status.setText(Messages.get("notesScreen.page.loading"));
        tasks.run(p -> file.getFileName().toString().toLowerCase().endsWith(".pdf")
                ? PdfPreview.render(Files.readAllBytes(file), p)
                : List.of(new Image(file.toUri().toString(), false))).onSuccess(pages -> {
                    status.setText("");
                    if (pages.isEmpty() || pages.get(0).isError()) {
                        status.setText(Messages.get("notesScreen.page.unreadable", file.getFileName()));
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
                    stage.setTitle(file.getFileName().toString());
                    stage.setScene(new Scene(new ScrollPane(box), WIDTH + 40, 700));
                    org.branchledger.core.ui.ScreenFit.stage(stage);
                    stage.show();
                }).start();
    }
}
