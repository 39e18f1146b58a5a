package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.FxDialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.shell.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 台账打印: preview the real pages, save the previewed PDF, and the saved file verifies. */
class LedgersScreenUiTest extends FxRobot {
    @TempDir
    Path dir;

    private App app;
    private Tasks tasks;

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
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void previewShowsThePagesAndTheSavedPdfVerifies() throws Exception {
        app = App.open(new DataFolder(dir.resolve("data")));
        app.demo().create("红旗村党支部（示范）", 40, java.time.Year.now().getValue());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            FxDialogs dialogs = new FxDialogs(stage, e -> "-");
            tasks = new Tasks(dialogs);
            stage.setScene(new Scene(new Shell(app, tasks, dialogs, stage, chooser).root(), 1180, 760));
            stage.show();
        });
        waitUntil(() -> lookup("#branchBox").queryComboBox().getValue() != null);
        clickOn("台账打印");
        clickOn("#previewButton");
        VBox pages = lookup("#previewPages").queryAs(VBox.class);
        waitUntil(() -> !pages.getChildren().isEmpty());
        assertTrue(pages.getChildren().size() >= 2, "40 members: at least two pages");
        Label status = lookup("#ledgerStatus").queryAs(Label.class);
        assertTrue(status.getText().contains("校验码"), status.getText());

        clickOn("#savePdf");
        waitUntil(() -> status.getText().startsWith("已保存到"));
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
