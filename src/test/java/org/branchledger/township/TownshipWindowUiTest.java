package org.branchledger.township;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.FontSize;
import org.branchledger.testing.ChosenFiles;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The township in the window (issue 20): 全部支部 in the branch selector shows one table over every branch; 接收数据包…
 * receives a package and shows what it brought; a number opens that branch's page, where received data is
 * read-only with its one-line reason. At 特大 in a 1366×768 window.
 */
@org.junit.jupiter.api.Tag("window")
class TownshipWindowUiTest extends org.branchledger.testing.QuickRobot {
    private static final int YEAR = LocalDate.now().getYear();

    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private Path packageOf(String name, int members) throws Exception {
        Path folder = dir.resolve(name);
        try (App branch = Packages.open(folder)) {
            branch.demo().create(name, members, YEAR);
            Branch b = branch.branches().all().get(0);
            return branch.township().packages().export(b, null, dir.resolve(name + ".blpkg"), false, null).file();
        }
    }

    @Test
    void theOverviewReceivesAPackageAndEveryNumberOpensThatBranchsPage() throws Exception {
        Path west = packageOf("西山村党支部", 8);
        Path east = packageOf("东风村党支部", 12);
        app = Packages.open(dir.resolve("township"));
        app.township().receiving().receive(west, null);
        app.settings().setFontSize(FontSize.EXTRA_LARGE);
        FileChooser chooser = ChosenFiles.opening(east);
        window = TestWindow.open(app, chooser, 1366, 768, w -> w.stage().getScene().getStylesheets()
                .add(org.branchledger.shell.Shell.class.getResource("app.css").toExternalForm()));
        ComboBox<Branch> branches = lookup("#branchBox").queryComboBox();
        waitUntil(() -> branches.getItems().size() == 2);
        assertEquals("全部支部", branches.getItems().get(0).name());
        waitUntil(() -> lookup("#readOnlyBanner").queryAs(Label.class).isVisible());
        assertTrue(lookup("#readOnlyBanner").queryAs(Label.class).getText().contains("“西山村党支部”是乡镇接收的上报数据"));

        interact(() -> branches.getSelectionModel().select(0));
        TableView<OverviewRow> table = lookup("#townshipTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertTrue(onScreen(lookup("#townshipReceive").query()), "接收数据包… on screen at 特大");

        clickOn("#townshipReceive");
        waitUntil(30, () -> lookup("#packageText").tryQuery().map(Node::isVisible).orElse(false));
        String shown = lookup("#packageText").queryAs(TextArea.class).getText();
        assertTrue(shown.contains("已接收“东风村党支部”: 新增支部"), shown);
        assertTrue(shown.contains("当前党员 12 人"), shown);
        assertTrue(!lookup("#packagePrint").queryButton().isDisabled(), "what was received can be printed");
        interact(() -> lookup("#receiveDialog").query().getScene().getWindow().hide());

        waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of("东风村党支部", "西山村党支部"), table.getItems().stream().map(OverviewRow::branch).toList());
        assertEquals(3, branches.getItems().size());
        long eastId = table.getItems().get(0).branchId();
        Hyperlink overdue = lookup("#township-overdue-" + eastId).queryAs(Hyperlink.class);
        assertEquals(String.valueOf(table.getItems().get(0).overdue()), overdue.getText());

        clickOn(overdue);
        waitUntil(() -> lookup("#pledgesSummary").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("东风村党支部", branches.getValue().name());
        assertTrue(lookup("#nav-pledges").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        waitUntil(() -> lookup("#readOnlyBanner").queryAs(Label.class).getText().contains("“东风村党支部”是乡镇接收的上报数据"));
        assertTrue(lookup("#pledgeAdd").queryButton().isDisabled(), "received data: 新增承诺 disabled");

        interact(() -> branches.getSelectionModel().select(0));
        waitUntil(() -> lookup("#townshipTable").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#nav-roster");
        waitUntil(() -> lookup("#rosterCount").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("东风村党支部", branches.getValue().name(), "a page of the navigation leaves 全部支部 for the branch");
    }

    @Test
    void aBranchSavesItsPackageWithTheUsualNameAndTheTownshipCanReceiveIt() throws Exception {
        app = Packages.open(dir.resolve("branch"));
        app.demo().create("东风村党支部", 10, YEAR);
        Path out = dir.resolve("上报.blpkg");
        ChosenFiles chooser = ChosenFiles.saving(out);
        window = TestWindow.open(app, chooser);
        waitUntil(() -> lookup("#branchBox").queryComboBox().getValue() != null);

        clickOn("#branchMenu");
        clickOn("#exportPackageItem");
        waitUntil(() -> lookup("#packagePasswordQuestion").tryQuery().isPresent());
        clickOn("不设密码");
        waitUntil(30, () -> lookup("#packageText").tryQuery().map(Node::isVisible).orElse(false));
        String shown = lookup("#packageText").queryAs(TextArea.class).getText();
        assertEquals("东风村党支部-上报数据-" + LocalDate.now() + ".blpkg", chooser.offeredName());
        assertTrue(shown.contains("已导出“东风村党支部”的数据包") && shown.contains("未设密码") && shown.contains("校验码"), shown);
        assertTrue(lookup("#packageStatus").queryAs(Label.class).getText().startsWith("已导出，校验码 "));
        interact(() -> lookup("#exportDialog").query().getScene().getWindow().hide());

        try (App township = Packages.open(dir.resolve("township"))) {
            Receipt r = township.township().receiving().receive(out, null);
            assertEquals(Receipt.Outcome.ADDED, r.outcome());
            assertTrue(shown.contains(r.checksumCode()), "the 校验码 shown is the package's: " + r.checksumCode());
        }
    }

    private static boolean onScreen(Node n) {
        javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= 1366.5 && b.getMaxY() <= 768.5 && b.getWidth() > 0;
    }
}
