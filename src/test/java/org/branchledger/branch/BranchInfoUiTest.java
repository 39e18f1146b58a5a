package org.branchledger.branch;

import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.branch.Branch;
import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** 设置 → 支部信息 → 修改支部信息…: a wrong phone is named beside the field; a right one reaches the home page. */
@org.junit.jupiter.api.Tag("window")
class BranchInfoUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void editsTheBranchDetailsAndTheHomePageShowsThem() throws Exception {
        app = App.open(new DataFolder(dir));
        app.branches().create(Branch.named("东风村党支部", BranchKind.VILLAGE));
        window = TestWindow.open(app, null);
        waitUntil(() -> lookup("#homeBranch").queryAs(Label.class).getText().contains("东风村党支部"));

        clickOn("#nav-settings");
        clickOn("#branchTab");
        waitUntil(() -> lookup("#branchEdit").tryQuery().isPresent());
        clickOn("#branchEdit");
        waitUntil(() -> lookup("#branchPhone").tryQuery().isPresent());
        TextField phone = lookup("#branchPhone").queryAs(TextField.class);
        TextField higherOrg = lookup("#branchHigherOrg").queryAs(TextField.class);
        interact(() -> phone.setText("找村委会"));
        assertTrue(lookup("#branchPhoneError").queryAs(Label.class).getText().startsWith("只能填数字"));
        assertTrue(lookup("#branchSave").queryButton().isDisabled());
        interact(() -> {
            phone.setText("0571-8888 6666");
            higherOrg.setText("城关镇党委");
        });
        clickOn("#branchSave");
        waitUntil(() -> lookup("#branchDialog").tryQuery().isEmpty());
        waitUntil(() -> "0571-8888 6666".equals(lookup("#branchInfoPhone").queryAs(Label.class).getText()));

        Branch stored = app.branches().all().get(0);
        assertEquals("0571-8888 6666", stored.phone());
        assertEquals("城关镇党委", stored.higherOrg());
        clickOn("#nav-home");
        Label details = lookup("#homeDetails").queryAs(Label.class);
        waitUntil(() -> details.getText().contains("上级党组织：城关镇党委"));
        assertTrue(details.getText().contains("监督电话：0571-8888 6666"), details.getText());
    }

    /** Someone else changes the branch while the form is open (decision 0025): asked, theirs kept when given up. */
    @Test
    void aSaveOverSomeoneElsesChangeAsksFirst() throws Exception {
        app = App.open(new DataFolder(dir));
        Branch made = app.branches().create(Branch.named("东风村党支部", BranchKind.VILLAGE));
        window = TestWindow.open(app, null);
        clickOn("#nav-settings");
        clickOn("#branchTab");
        waitUntil(() -> lookup("#branchEdit").tryQuery().isPresent());
        clickOn("#branchEdit");
        waitUntil(() -> lookup("#branchPhone").tryQuery().isPresent());
        app.branches().update(made, new Branch(made.id(), made.name(), made.kind(), null, "王书记", null, null,
                made.noticeDays(), false)); // another PC, after this form was opened
        interact(() -> lookup("#branchPhone").queryAs(TextField.class).setText("0571-8888 6666"));
        clickOn("#branchSave");
        waitUntil(() -> lookup("#confirmDialog").tryQuery().isPresent());
        assertEquals("保存前，别人已改过这条记录：\n书记：（空） → 王书记",
                lookup("#confirmDialog .content").queryAs(Label.class).getText());
        clickOn(lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && "放弃我的修改(重新载入)".equals(b.getText())).queryButton());
        waitUntil(() -> lookup("#branchDialog").tryQuery().isEmpty());
        Branch stored = app.branches().all().get(0);
        assertEquals("王书记", stored.secretary());
        assertEquals(null, stored.phone(), "nothing of the refused save written");
    }
}
