package org.branchledger.pledge;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.branchledger.App;
import org.branchledger.roster.Member;
import org.branchledger.shell.Shell;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/**
 * Forms as people expect them, on the 公开承诺 page: Tab leaves a multi-line field, Esc on a changed form asks
 * first, the new pledge is selected once saved, and the steps of a pledge show only beside the pledge list.
 */
@org.junit.jupiter.api.Tag("window")
class PledgeFormBehaviourUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private long branchId;
    private int year;

    @BeforeEach
    void openPledgesPage() throws Exception {
        year = Year.now().getValue();
        DemoCopies.Demo demo = DemoCopies.open(dir, "红旗村党支部（示范）", 12, 0, year);
        app = demo.app();
        branchId = demo.branch().id();
        window = TestWindow.open(app, null,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        clickOn("#nav-pledges");
        waitUntil(() -> lookup("#pledgeTable").tryQuery().isPresent());
        waitUntil(() -> lookup("#pledgeTable").queryTableView().getItems().size()
                == app.pledges().views(branchId, year).size());
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private void openNewPledgeForm() throws Exception {
        targetWindow(window.stage());
        clickOn("#pledgeAdd");
        waitUntil(() -> lookup("#pledgeContent").tryQuery().isPresent());
        targetWindow(lookup("#pledgeContent").query().getScene().getWindow());
    }

    private boolean formOpen() {
        return lookup("#pledgeContent").tryQuery().isPresent();
    }

    @Test
    void tabMovesOnFromAMultiLineField() throws Exception {
        openNewPledgeForm();
        TextArea content = lookup("#pledgeContent").queryAs(TextArea.class);
        clickOn(content).write("带头清理河道");
        type(KeyCode.TAB);
        Node focused = content.getScene().getFocusOwner();
        assertNotSame(content, focused, "Tab left the text area");
        assertEquals("带头清理河道", content.getText(), "no tab typed into it");
        press(KeyCode.SHIFT).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals(content, content.getScene().getFocusOwner(), "Shift+Tab comes back");
        press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        assertEquals("带头清理河道\t", content.getText(), "Ctrl+Tab types a tab");
        assertEquals(content, content.getScene().getFocusOwner());
        interact(content::clear); // unchanged again: Esc just closes
        type(KeyCode.ESCAPE);
        waitUntil(() -> !formOpen());
    }

    @Test
    void escOnAnUnchangedFormJustCloses() throws Exception {
        openNewPledgeForm();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !formOpen());
        assertFalse(lookup("#discardQuestion").tryQuery().isPresent(), "nothing to ask about");
    }

    @Test
    void escInATextFieldIsHeardByTheFormToo() throws Exception {
        openNewPledgeForm();
        clickOn("#pledgeDeadline"); // a field with a formatter, which keeps Esc to itself unless the form listens first
        type(KeyCode.ESCAPE);
        waitUntil(() -> !formOpen());

        openNewPledgeForm();
        clickOn("#pledgePost").write("护林员");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#discardQuestion").tryQuery().isPresent());
        targetWindow(lookup("#discardQuestion").query().getScene().getWindow());
        clickOn("放弃修改");
        waitUntil(() -> !formOpen());
    }

    @Test
    void escOnAChangedFormAsksBeforeThrowingItAway() throws Exception {
        int before = app.pledges().views(branchId, year).size();
        openNewPledgeForm();
        clickOn("#pledgeContent").write("带头清理河道，每月一次");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#discardQuestion").tryQuery().isPresent());
        type(KeyCode.ENTER); // the default answer keeps the work
        waitUntil(() -> lookup("#discardQuestion").tryQuery().isEmpty());
        assertTrue(formOpen(), "still open after 继续填写");
        assertEquals("带头清理河道，每月一次", lookup("#pledgeContent").queryAs(TextArea.class).getText());

        targetWindow(lookup("#pledgeContent").query().getScene().getWindow());
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#discardQuestion").tryQuery().isPresent());
        targetWindow(lookup("#discardQuestion").query().getScene().getWindow());
        clickOn("放弃修改");
        waitUntil(() -> !formOpen());
        assertEquals(before, app.pledges().views(branchId, year).size(), "nothing stored");
    }

    @Test
    void theNewPledgeIsSelectedAfterSaving() throws Exception {
        TableView<PledgeView> table = lookup("#pledgeTable").queryTableView();
        interact(() -> table.getSelectionModel().select(0));
        Member member = app.roster().members(branchId).stream().filter(Member::current).skip(3).findFirst().orElseThrow();
        openNewPledgeForm();
        ComboBox<Member> who = lookup("#pledgeMember").queryComboBox();
        interact(() -> who.setValue(member));
        ChoiceBox<PledgeCategory> category = lookup("#pledgeCategory").queryAs(ChoiceBox.class);
        interact(() -> category.setValue(PledgeCategory.INTEGRITY));
        clickOn("#pledgeContent").write("每月为村里五保户打扫一次院子，全年不少于十二次");
        clickOn("#pledgeFormSave");
        waitUntil(() -> !formOpen());
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().pledge().content().startsWith("每月为村里五保户"));
        assertEquals(member.id(), table.getSelectionModel().getSelectedItem().pledge().memberId());
    }

    @Test
    void stepButtonsShowOnlyBesideThePledgeList() throws Exception {
        TabPane tabs = lookup("#pledgeTabs").queryAs(TabPane.class);
        for (String step : new String[] {"#pledgeEdit", "#pledgeApprove", "#pledgePublish", "#pledgeProgress",
                "#pledgeReport", "#pledgeEvaluate", "#pledgeExplain"}) {
            assertTrue(lookup(step).query().isVisible(), step + " beside the pledges");
        }
        interact(() -> tabs.getSelectionModel().select(1)); // 领导点评
        for (String step : new String[] {"#pledgeEdit", "#pledgeApprove", "#pledgePublish", "#pledgeProgress",
                "#pledgeReport", "#pledgeEvaluate", "#pledgeExplain"}) {
            assertFalse(lookup(step).query().isVisible(), step + " hidden on 领导点评");
            assertFalse(lookup(step).query().isManaged(), step + " takes no room");
        }
        assertTrue(lookup("#pledgeAdd").query().isVisible(), "a new pledge can always be written");
        interact(() -> tabs.getSelectionModel().select(2)); // 活动记实
        assertFalse(lookup("#pledgeApprove").query().isVisible());
        interact(() -> tabs.getSelectionModel().select(0));
        assertTrue(lookup("#pledgeApprove").query().isVisible());
    }
}
