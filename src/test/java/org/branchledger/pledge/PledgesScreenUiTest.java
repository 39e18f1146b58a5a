package org.branchledger.pledge;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
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

/** 公开承诺 in the real window: a vague pledge warned about, refused 示诺 without a deadline, then taken to its verdict. */
@org.junit.jupiter.api.Tag("window")
class PledgesScreenUiTest extends org.branchledger.testing.QuickRobot {
    private static final String CONTENT = "做一名合格党员";

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
        waitUntil(() -> lookup("#pledgesSummary").queryLabeled().getText().startsWith(year + "年度"));
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private Optional<Pledge> stored() {
        return app.pledges().views(branchId, year).stream().map(PledgeView::pledge)
                .filter(p -> p.content().equals(CONTENT) && p.post() != null && p.post().equals("界面测试岗")).findFirst();
    }

    private Window dialogOf(String id) throws Exception {
        waitUntil(() -> lookup(id).tryQuery().isPresent());
        Window w = lookup(id).query().getScene().getWindow();
        targetWindow(w);
        return w;
    }

    @Test
    void aPledgeIsWrittenRefusedPublicationWithoutDeadlineThenTakenToItsVerdict() throws Exception {
        Member member = app.roster().members(branchId).stream().filter(Member::current).skip(2).findFirst().orElseThrow();
        clickOn("#pledgeAdd");
        dialogOf("#pledgeContent");
        ComboBox<Member> who = lookup("#pledgeMember").queryComboBox();
        interact(() -> who.setValue(member));
        assertTrue(lookup("#pledgeFormSave").queryButton().isDisabled(), "no category, no content yet");
        ChoiceBox<PledgeCategory> category = lookup("#pledgeCategory").queryAs(ChoiceBox.class);
        interact(() -> category.setValue(PledgeCategory.INTEGRITY));
        clickOn("#pledgePost").write("界面测试岗");
        clickOn("#pledgeContent").write(CONTENT);
        Label warning = lookup("#pledgeContentError").queryAs(Label.class);
        assertTrue(warning.isVisible() && warning.getText().contains("较短"), warning.getText());
        assertEquals(member.name(), lookup("#pledgeResponsible").queryAs(TextField.class).getText());
        assertFalse(lookup("#pledgeFormSave").queryButton().isDisabled(), "a warning never stops saving");
        clickOn("#pledgeFormSave");
        waitUntil(() -> stored().isPresent());
        assertNull(stored().get().deadline());

        targetWindow(window.stage());
        TableView<PledgeView> table = lookup("#pledgeTable").queryTableView();
        long id = stored().get().id();
        waitUntil(() -> table.getItems().stream().anyMatch(v -> v.pledge().id().equals(id)));
        interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(v -> v.pledge().id().equals(id)).findFirst().orElseThrow()));
        assertEquals("未公示", table.getSelectionModel().getSelectedItem().status().label());
        assertTrue(lookup("#pledgeDetailWarning").queryAs(Label.class).getText().contains("看得见"));
        assertTrue(lookup("#pledgeProgress").queryButton().isDisabled(), "progress only once published");
        clickOn("#pledgePublish");
        waitUntil(() -> lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n instanceof DialogPane d
                && d.getContentText() != null && d.getContentText().contains("没有完成时限的承诺不能公示")));
        type(KeyCode.ENTER); // closes the message
        assertNull(stored().get().publishedOn(), "refused");

        targetWindow(window.stage());
        clickOn("#pledgeEdit");
        dialogOf("#pledgeDeadline");
        clickOn("#pledgeDeadline").write(year + "-12-31");
        type(KeyCode.ENTER); // Enter saves
        waitUntil(() -> stored().get().deadline() != null);

        targetWindow(window.stage());
        clickOn("#pledgeApprove");
        dialogOf("#stepText");
        clickOn("#stepText").write("11月支部党员大会");
        type(KeyCode.ENTER);
        waitUntil(() -> stored().get().approvedOn() != null);
        assertEquals("11月支部党员大会", stored().get().approvedMeeting());

        targetWindow(window.stage());
        waitUntil(() -> !lookup("#pledgePublish").queryButton().isDisabled());
        clickOn("#pledgePublish");
        dialogOf("#stepDate");
        type(KeyCode.ENTER);
        waitUntil(() -> stored().get().publishedOn() != null);

        targetWindow(window.stage());
        waitUntil(() -> !lookup("#pledgeProgress").queryButton().isDisabled());
        clickOn("#pledgeProgress");
        dialogOf("#stepText");
        clickOn("#stepText").write("参加河道清理一次");
        press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL); // Ctrl+S saves
        waitUntil(() -> app.pledges().progressOf(stored().get().id()).size() == 1);

        targetWindow(window.stage());
        clickOn("#pledgeEvaluate");
        dialogOf("#stepVerdict");
        ChoiceBox<Verdict> verdict = lookup("#stepVerdict").queryAs(ChoiceBox.class);
        interact(() -> verdict.setValue(Verdict.NOT_KEPT));
        clickOn("#stepSatisfaction").write("60%");
        clickOn("#pledgeFormSave");
        waitUntil(() -> stored().get().verdict() == Verdict.NOT_KEPT);
        assertEquals(600, stored().get().satisfactionTenths());

        targetWindow(window.stage());
        waitUntil(() -> !lookup("#pledgeExplain").queryButton().isDisabled());
        clickOn("#pledgeExplain");
        dialogOf("#stepText");
        clickOn("#stepText").write("外出务工，未能参加，已向群众说明");
        clickOn("#pledgeFormSave");
        waitUntil(() -> stored().get().explanation() != null);
        assertNotNull(stored().get().explainedOn());

        targetWindow(window.stage());
        waitUntil(() -> lookup("#pledgeDetail").queryAs(Label.class).getText().contains("外出务工，未能参加"));
        assertTrue(lookup("#pledgeDetailHead").queryAs(Label.class).getText().contains("未兑现"));
    }

    @Test
    void aLeadersCommentAndAnActivityRecordAreAdded() throws Exception {
        javafx.scene.control.TabPane tabs = lookup("#pledgeTabs").queryAs(javafx.scene.control.TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        clickOn("#pledgeAddComment");
        dialogOf("#commentWho");
        clickOn("#commentWho").write("镇党委书记 刘志强");
        clickOn("#commentText").write("承诺落实较好，要坚持半年一点评。");
        clickOn("#pledgeFormSave");
        waitUntil(() -> app.pledges().comments(branchId).stream().anyMatch(c -> c.commenter().equals("镇党委书记 刘志强")
                && c.commentedOn().equals(app.pledges().today())));
        targetWindow(window.stage());
        waitUntil(() -> lookup("#pledgeCommentFlag").queryAs(Label.class).getText().startsWith("最近一次领导点评"));

        int before = app.pledges().activities(branchId, year).size();
        interact(() -> tabs.getSelectionModel().select(2));
        clickOn("#pledgeAddActivity");
        dialogOf("#activityText");
        ComboBox<Member> member = lookup("#activityMember").queryComboBox();
        interact(() -> member.setValue(member.getItems().get(0)));
        clickOn("#activityText").write("参加村环境整治义务劳动");
        clickOn("#activityContribution").write("清运垃圾两车");
        clickOn("#activityEffect").write("村道整洁");
        clickOn("#pledgeFormSave");
        waitUntil(() -> app.pledges().activities(branchId, year).size() == before + 1);
        targetWindow(window.stage());
        waitUntil(() -> lookup("#pledgeActivities").queryTableView().getItems().size() == before + 1);
        assertTrue(lookup("#pledgeActivities").queryTableView().getItems().stream()
                .anyMatch(a -> ((ActivityRecord) a).effect().equals("村道整洁")));
    }
}
