package org.branchledger.shell;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.ui.FontSize;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.branchledger.testing.DemoCopies;

/** The real window on a real data folder, driven headless through Monocle. */
@org.junit.jupiter.api.Tag("window")
class MainWindowTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    private void openWindow() throws Exception {
        window = TestWindow.open(app, null, w -> {
            w.stage().getScene().getStylesheets().add(DesktopWindow.class.getResource("app.css").toExternalForm());
            w.stage().setTitle("支部台账");
        });
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void showsNavigationSelectorsAndTheDemoBranch() throws Exception {
        app = DemoCopies.open(dir, "红旗村党支部（示范）", 36, 2026).app();
        openWindow();

        for (String page : new String[] {"首页", "花名册", "学习考勤", "笔记心得", "公开承诺", "民主评议", "台账打印", "设置"}) {
            assertTrue(lookup(".navigation .toggle-button").queryAllAs(ToggleButton.class).stream()
                    .anyMatch(b -> b.getText().equals(page)), page);
        }
        ComboBox<Branch> branchBox = lookup("#branchBox").queryComboBox();
        waitUntil(() -> branchBox.getValue() != null);
        assertEquals("红旗村党支部（示范）", branchBox.getValue().name());
        ComboBox<Integer> yearBox = lookup("#yearBox").queryComboBox();
        assertEquals(java.time.Year.now().getValue(), yearBox.getValue());

        Label count = lookup("#homeMemberCount").queryAs(Label.class);
        waitUntil(() -> "36".equals(count.getText()));
        assertTrue(lookup("#homeSummary").queryAs(Label.class).getText().contains("流动党员"));

        clickOn("花名册");
        TableView<?> table = lookup("#rosterTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 36); // current members; the two who left are behind a filter
        assertTrue(lookup("#rosterCount").queryAs(Label.class).getText().contains("当前党员 36 人"));

        clickOn("公开承诺");
        waitUntil(() -> lookup("#pledgeTable").tryQuery().isPresent());
        clickOn("#nav-appraisal");
        waitUntil(() -> lookup("#appraisalMembers").tryQuery().isPresent());
    }

    @Test
    void keyboardShortcutsSwitchPages() throws Exception {
        app = DemoCopies.open(dir, "红旗村党支部（示范）", 12, 2026).app();
        openWindow();
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#rosterTable").tryQuery().isPresent());
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#fontSize").tryQuery().isPresent());
    }

    @Test
    void largerFontIsAppliedAndRemembered() throws Exception {
        app = DemoCopies.open(dir, "红旗村党支部（示范）", 12, 2026).app();
        openWindow();
        clickOn("设置");
        ComboBox<FontSize> fontSize = lookup("#fontSize").queryComboBox();
        interact(() -> fontSize.setValue(FontSize.EXTRA_LARGE));
        Label saved = lookup("#settingsSaved").queryAs(Label.class);
        waitUntil(() -> !saved.getText().isEmpty());
        Stage stage = (Stage) fontSize.getScene().getWindow();
        assertTrue(stage.getScene().getRoot().getStyle().contains("20px"));
        assertEquals(FontSize.EXTRA_LARGE, app.settings().fontSize());
    }

    @Test
    void firstStartOnAnEmptyFolderOffersTheDemoBranch() throws Exception {
        app = App.open(new DataFolder(dir));
        openWindow();
        waitUntil(() -> lookup("载入示范支部").tryQuery().isPresent());
        clickOn("载入示范支部");
        ComboBox<Branch> branchBox = lookup("#branchBox").queryComboBox();
        waitUntil(() -> branchBox.getValue() != null);
        assertEquals(1, app.branches().all().size());
        assertEquals(WelcomeFlow.DEMO_MEMBERS, app.roster().counts(branchBox.getValue().id()).current());
    }

    @Test
    void firstStartCanCreateTheRealBranch() throws Exception {
        app = App.open(new DataFolder(dir));
        openWindow();
        waitUntil(() -> lookup("#welcomeName").tryQuery().isPresent());
        clickOn("#welcomeName").write("东风村党支部");
        clickOn("新建支部");
        ComboBox<Branch> branchBox = lookup("#branchBox").queryComboBox();
        waitUntil(() -> branchBox.getValue() != null);
        assertEquals("东风村党支部", branchBox.getValue().name());
        assertEquals("东风村党支部", app.branches().all().get(0).name());
    }
}
