package org.branchledger.safety;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.shell.Shell;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 设置 → 数据安全 and 操作记录 in the real window. */
@org.junit.jupiter.api.Tag("window")
class SafetyScreenUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private Path backup;

    /** Saves to and opens from {@link #backup}, as if it were on a USB stick. */
    private final class UsbChooser implements FileChooser {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.of(backup);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String initialName, String description,
                                   String... extensions) {
            return Optional.of(backup);
        }
    }

    @BeforeEach
    void open() throws Exception {
        app = DemoCopies.open(dir.resolve("data"), "红旗村党支部（示范）", 10, Year.now().getValue()).app();
        backup = dir.resolve("U盘").resolve("支部台账备份.blbak");
    }

    private void openWindow() throws Exception {
        window = TestWindow.open(app, new UsbChooser(),
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        clickOn("#nav-settings");
        waitUntil(() -> lookup("#settingsTabs").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private void clickDefaultButtonOfDialog() throws Exception {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Node ok = lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).query();
        clickOn(ok);
    }

    @Test
    void backupToAUsbStickAndRestoreItWhileTheWindowIsOpen() throws Exception {
        openWindow();
        clickOn("数据安全");
        waitUntil(() -> lookup("#backupNow").tryQuery().isPresent());
        clickOn("#backupNow");
        waitUntil(() -> Files.isRegularFile(backup)
                && lookup("#backupStatus").queryLabeled().getText().startsWith("已备份到"));

        app.branches().create(Branch.named("备份之后新建的党支部", BranchKind.COMMUNITY));
        clickOn("#restoreBackup");
        clickDefaultButtonOfDialog(); // 从备份恢复: yes, replace
        waitUntil(30, () -> lookup(".dialog-pane").tryQuery().isPresent()
                && lookup(".dialog-pane .content").queryAll().stream().anyMatch(n -> n instanceof Label l
                        && l.getText().startsWith("已恢复")));
        clickDefaultButtonOfDialog(); // 已恢复
        waitUntil(() -> lookup("#nav-home").tryQuery().isPresent() && lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(1, app.branches().all().size());
        try (var kept = Files.list(app.backups().backupFolder())) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("restore-replaced-")));
        }
        clickOn("#nav-roster"); // the rebuilt window works on the restored data
        waitUntil(() -> lookup("#nav-roster").tryQuery().isPresent());
    }

    @Test
    void anUnencryptedBackupIsRefusedForAFolderWithAPasswordBeforeTheQuestion() throws Exception {
        app.backups().create(backup, org.branchledger.core.Progress.NONE); // no password yet: a plain backup
        app.passwords().change(null, "红旗村2026".toCharArray());
        openWindow();
        clickOn("数据安全");
        waitUntil(() -> lookup("#restoreBackup").tryQuery().isPresent());
        clickOn("#restoreBackup");
        waitUntil(30, () -> lookup(".dialog-pane").tryQuery().isPresent()
                && lookup(".dialog-pane .content").queryAll().stream().anyMatch(n -> n instanceof Label l
                        && l.getText().startsWith("这份备份没有加密，而当前数据设有密码")));
        clickDefaultButtonOfDialog(); // the error's 确定: there was no 从备份恢复 question
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertTrue(app.passwords().hasPassword(), "the password stays");
        assertTrue(PasswordService.encrypted(app.folder().path().resolve("branch-ledger.mv.db")));
        assertTrue(app.backups().all().stream().noneMatch(p -> p.getFileName().toString().startsWith("restore-replaced-")),
                "nothing began: not even the replaced data was saved");
    }

    @Test
    void theAuditTrailIsListedPageByPageFilteredAndABrokenChainIsShown() throws Exception {
        org.branchledger.AppInternals.database(app).dsl().execute("DROP TRIGGER member_audit");
        org.branchledger.AppInternals.database(app).dsl().execute("UPDATE member SET mobile = '13900000000' WHERE id = 2");
        org.branchledger.AppInternals.database(app).dsl().execute("CREATE FORCE TRIGGER member_audit AFTER INSERT, UPDATE, DELETE ON member"
                + " FOR EACH ROW CALL 'org.branchledger.core.audit.AuditTrigger'");
        openWindow();
        clickOn("操作记录");
        waitUntil(20, () -> lookup("#auditBanner").queryLabeled().getText().startsWith("警告"));
        Label banner = lookup("#auditBanner").query();
        assertTrue(banner.getText().contains("党员"), banner.getText());
        TableView<?> table = lookup("#auditEntries").queryTableView();
        waitUntil(() -> table.getItems().size() == 200);
        String all = lookup("#auditCount").queryLabeled().getText();
        assertTrue(all.matches("共 \\d+ 条，显示第 1–200 条"), all);

        javafx.scene.control.TextField text = lookup("#auditText").query();
        interact(() -> text.setText("13900000000"));
        Button search = lookup("#auditSearch").queryButton();
        // The filter buttons sit right of the 1024-pixel headless screen the tests run on: pressed, not clicked.
        interact(search::fire);
        try {
            waitUntil(() -> !lookup("#auditCount").queryLabeled().getText().equals(all));
        } catch (Exception e) {
            throw new AssertionError("text field holds '" + lookup("#auditText").queryTextInputControl().getText()
                    + "', count " + lookup("#auditCount").queryLabeled().getText() + ", dialogs "
                    + lookup(".dialog-pane").queryAll().size(), e);
        }
        // the phone number went in by hand, past the trail: the trail has no entry with it
        assertEquals("共 0 条，显示第 0–0 条", lookup("#auditCount").queryLabeled().getText());
        interact(lookup("#auditReset").queryButton()::fire);
        waitUntil(() -> lookup("#auditCount").queryLabeled().getText().equals(all));
        interact(lookup("#auditNext").queryButton()::fire);
        waitUntil(() -> lookup("#auditCount").queryLabeled().getText().contains("显示第 201–"));
    }
}
