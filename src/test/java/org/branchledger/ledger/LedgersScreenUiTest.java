package org.branchledger.ledger;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** 台账打印: preview the real pages, save the previewed PDF, and the saved file verifies. */
@org.junit.jupiter.api.Tag("window")
class LedgersScreenUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    private final FileChooser chooser = new FileChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String name, String description, String... ext) {
            return Optional.of(dir.resolve(name));
        }
    };

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void previewShowsThePagesAndTheSavedPdfVerifies() throws Exception {
        app = App.open(new DataFolder(dir.resolve("data")));
        app.demo().create("红旗村党支部（示范）", 40, java.time.Year.now().getValue());
        window = TestWindow.open(app, chooser);
        waitUntil(30, () -> lookup("#branchBox").queryComboBox().getValue() != null);
        clickOn("台账打印");
        clickOn("#previewButton");
        VBox pages = lookup("#previewPages").queryAs(VBox.class);
        waitUntil(30, () -> !pages.getChildren().isEmpty());
        // The first page shows as soon as it is drawn; the others follow one by one.
        waitUntil(30, () -> pages.getChildren().size() >= 2);
        assertTrue(pages.getChildren().size() >= 2, "40 members: at least two pages");
        Label status = lookup("#ledgerStatus").queryAs(Label.class);
        assertTrue(status.getText().contains("校验码"), status.getText());
        assertEquals(0, app.ledgers().auditAnchors().size(), "a preview is not a print: nothing recorded");

        clickOn("#savePdf");
        waitUntil(30, () -> status.getText().startsWith("已保存到"));
        assertEquals(1, app.ledgers().auditAnchors().size(), "the saved ledger is recorded once");
        Path saved;
        try (var files = Files.list(dir)) {
            saved = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertTrue(saved.getFileName().toString().contains("党员花名册"));
        LedgerService.Verification v = app.ledgers().verify(saved);
        assertTrue(v.consistent(), v.lines().toString());
        assertEquals(1, v.lines().size());
    }
}
