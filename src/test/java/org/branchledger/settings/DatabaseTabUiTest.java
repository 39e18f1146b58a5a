package org.branchledger.settings;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.branchledger.testing.SecretScan.assertNoFileHolds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.shell.Shell;
import org.branchledger.testing.PgCluster;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * 设置 → 数据库 in the real window against a real server: 测试连接 says what the server holds, 连接 rebuilds the window
 * on the server's branches, the password is in no file of the data folder, and 改回使用本机数据 brings the folder's
 * own branches back.
 */
@Tag("window")
@Tag("server")
class DatabaseTabUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void theWindowConnectsToTheOfficeServerShowsItsBranchesAndComesBack() throws Exception {
        PgCluster pg = PgCluster.require();
        String address = pg.newDatabase();
        try (App office = App.openServer(new DataFolder(dir.resolve("office-pc")), DataFolderLock.none(),
                new ServerChoice(ServerAddress.parse(address).orElseThrow(), PgCluster.USER),
                PgCluster.PASSWORD.toCharArray(), null)) {
            office.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
            office.branches().create(Branch.named("东风社区党支部", BranchKind.COMMUNITY));
        }
        app = App.open(new DataFolder(dir.resolve("data")));
        app.branches().create(Branch.named("本机的党支部", BranchKind.VILLAGE));
        window = TestWindow.open(app, null,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        waitUntil(() -> branchNames().equals(List.of("本机的党支部")));
        openDatabaseTab();
        assertTrue(text("#databaseWhere").startsWith("这台电脑的数据文件夹"), text("#databaseWhere"));
        assertFalse(lookup("#useLocalData").query().isVisible(), "already on the folder's data");

        clickOn("#connectServer");
        waitUntil(() -> lookup("#serverDialog").tryQuery().isPresent());
        interact(() -> ((TextInputControl) lookup("#serverHost").query()).setText(address)); // pasted whole
        assertEquals("127.0.0.1", ((TextInputControl) lookup("#serverHost").query()).getText());
        assertEquals(String.valueOf(pg.port()), ((TextInputControl) lookup("#serverPort").query()).getText());
        interact(() -> ((TextInputControl) lookup("#serverUser").query()).setText(PgCluster.USER));
        interact(() -> ((TextInputControl) lookup("#serverPassword").query()).setText("wrong"));
        clickOn("#serverTest");
        waitUntil(20, () -> text("#serverResult").equals("用户名或密码不对。"));
        interact(() -> ((TextInputControl) lookup("#serverPassword").query()).setText(PgCluster.PASSWORD));
        clickOn("#serverTest");
        waitUntil(20, () -> text("#serverResult").equals("连接成功，服务器上已有 2 个支部。"));

        clickOn("#serverConnect");
        waitUntil(30, () -> lookup("#serverDialog").tryQuery().isEmpty() && dialogSays("已连接到单位的数据库服务器"));
        clickOn(lookup(".dialog-pane .button").queryButton());
        waitUntil(() -> branchNames().size() == 2 && branchNames().containsAll(List.of("东风社区党支部", "红旗村党支部")));
        assertTrue(text("#status").startsWith("数据在单位的数据库服务器 " + address), "the status line says where");
        assertEquals(Optional.of(new ServerChoice(ServerAddress.parse(address).orElseThrow(), PgCluster.USER)),
                ServerChoice.read(app.folder().path()));
        assertNoFileHolds(app.folder().path(), PgCluster.PASSWORD);

        openDatabaseTab();
        assertTrue(text("#databaseWhere").startsWith("单位的数据库服务器 " + address), text("#databaseWhere"));
        clickOn("#useLocalData");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        waitUntil(30, () -> dialogSays("已改回使用本机数据"));
        clickOn(lookup(".dialog-pane .button").queryButton());
        waitUntil(() -> branchNames().equals(List.of("本机的党支部")));
        assertEquals(Optional.empty(), ServerChoice.read(app.folder().path()));
        assertNoFileHolds(app.folder().path(), PgCluster.PASSWORD);
    }

    private void openDatabaseTab() throws Exception {
        clickOn("#nav-settings");
        waitUntil(() -> lookup("#settingsTabs").tryQuery().isPresent());
        clickOn("数据库");
        waitUntil(() -> lookup("#databaseWhere").tryQuery().isPresent() && !text("#databaseWhere").isEmpty());
    }

    private String text(String id) {
        return lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private boolean dialogSays(String start) {
        return lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().startsWith(start));
    }

    private List<String> branchNames() {
        ComboBox<Branch> box = lookup("#branchBox").query();
        return box.getItems().stream().filter(b -> b.id() > 0).map(Branch::name).toList(); // not 全部支部
    }
}
