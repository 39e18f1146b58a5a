package org.branchledger.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.branch.BranchKind;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.FxDialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.importing.RowRejection;
import org.branchledger.shell.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the import wizard on a sample file, headless, against a real data folder. */
class RosterImportWizardTest extends FxRobot {
    private static final Path SAMPLE = Path.of("../shared/samples/花名册-示例村.xlsx").toAbsolutePath();

    @TempDir
    Path dir;

    private App app;
    private Tasks tasks;
    private Stage main;
    private RosterFiles files;
    private Path chosen = SAMPLE;

    /** The file dialog, answered by the test. */
    private final FileChooser chooser = new FileChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.of(chosen);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String name, String description, String... ext) {
            return Optional.of(dir.resolve(name));
        }
    };

    private Branch openWindow() throws Exception {
        app = App.open(new DataFolder(dir.resolve("data")));
        Branch branch = app.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            main = stage;
            FxDialogs dialogs = new FxDialogs(stage, e -> "-");
            tasks = new Tasks(dialogs);
            stage.setScene(new Scene(new Shell(app, tasks, dialogs, stage, chooser).root(), 1180, 760));
            stage.show();
            files = new RosterFiles(new org.branchledger.core.ui.Views(
                    new org.branchledger.core.ui.ControllerFactory().register(RosterImportWizardController.class,
                            () -> new RosterImportWizardController(app.rosterImport(), tasks, chooser))),
                    app.roster(), tasks, dialogs, chooser);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return branch;
    }

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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importsTheValidRowsAfterShowingTheRejectedOnes() throws Exception {
        Branch branch = openWindow();
        boolean[] imported = {false};
        interact(() -> files.importRoster(main, branch, () -> imported[0] = true));
        clickOn("#chooseFile");

        Label counts = lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> counts.getText() != null && counts.getText().contains("有问题的 7 行"));
        assertTrue(counts.getText().contains("可新增 36 人"), counts.getText());
        TableView<?> rejected = lookup("#rejectedTable").queryTableView();
        assertEquals(7, rejected.getItems().size());
        assertTrue(((RowRejection) rejected.getItems().get(0)).reason().contains("校验位错误"));
        assertEquals(0, app.roster().members(branch.id()).size(), "checking writes nothing");

        Button importButton = lookup("#importValid").queryButton();
        assertEquals("导入合格的 36 行(_I)".replace("(_I)", "(I)"), importButton.getText().replace("_", ""));
        clickOn(importButton);
        Label done = lookup("#importDoneText").queryAs(Label.class);
        waitUntil(() -> done.getText() != null && done.getText().startsWith("导入完成"));
        assertTrue(done.getText().contains("新增 36 人") && done.getText().contains("7 行有问题"), done.getText());
        assertTrue(imported[0]);
        assertEquals(36, app.roster().members(branch.id()).size());
    }

    @Test
    void aFileWithoutTheRequiredColumnsCanBeMappedByHand() throws Exception {
        Path odd = dir.resolve("奇怪的表.csv");
        java.nio.file.Files.writeString(odd, "人名,号码,民族\n李明,11010519491231002X,汉族\n");
        chosen = odd;
        Branch branch = openWindow();
        interact(() -> files.importRoster(main, branch, () -> { }));
        clickOn("#chooseFile");
        Label done = lookup("#importDoneText").queryAs(Label.class);
        waitUntil(() -> done.getText() != null && done.getText().contains("找不到表头"));
        assertEquals(0, app.roster().members(branch.id()).size());
        assertTrue(lookup("#importValid").queryButton().isDisabled());
    }
}
