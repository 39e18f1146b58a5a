package org.branchledger.appraisal;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.branchledger.App;
import org.branchledger.shell.Shell;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 民主评议 in the real window: tallies typed, a differing grade needing a reason, 销号, a 不合格 follow-up. */
@org.junit.jupiter.api.Tag("window")
class AppraisalScreenUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private long branchId;
    private int year;

    @BeforeEach
    void openPage() throws Exception {
        year = Year.now().getValue();
        DemoCopies.Demo demo = DemoCopies.open(dir, "红旗村党支部（示范）", 12, year);
        app = demo.app();
        branchId = demo.branch().id();
        window = TestWindow.open(app, null,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        clickOn("#nav-appraisal");
        waitUntil(() -> lookup("#appraisalMembers").tryQuery().isPresent());
        waitUntil(() -> lookup("#appraisalMembers").queryTableView().getItems().size() == 12);
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private MemberAppraisal row(long memberId) {
        return app.appraisal().sheet(branchId, year).members().stream().filter(m -> m.member().id() == memberId)
                .findFirst().orElseThrow();
    }

    private void type(String fieldId, String value) {
        TextField f = lookup(fieldId).queryAs(TextField.class);
        clickOn(f);
        interact(f::selectAll);
        write(value);
    }

    @Test
    void talliesTypedAGradeWithItsReasonAndTheItemClosed() throws Exception {
        TableView<MemberAppraisal> members = lookup("#appraisalMembers").queryTableView();
        MemberAppraisal target = members.getItems().stream().filter(m -> !m.probationary())
                .filter(m -> !m.judgement().lowSatisfaction()).skip(1).findFirst().orElseThrow();
        long id = target.member().id();
        interact(() -> members.getSelectionModel().select(target));
        waitUntil(() -> lookup("#appraisalMemberTitle").queryLabeled().getText().startsWith(target.member().name()));

        type("#votesExcellent", "2");
        type("#votesQualified", "9");
        type("#votesBasic", "0");
        type("#votesFailed", "0");
        type("#massSatisfied", "3");
        type("#massBasic", "2");
        type("#massUnsatisfied", "5");
        assertEquals("合格", lookup("#appraisalSuggestion").queryLabeled().getText());
        assertEquals("满意度过低", lookup("#appraisalFlags").queryLabeled().getText());
        assertEquals("满意度 50.0%", lookup("#appraisalSatisfaction").queryLabeled().getText());

        ComboBox<String> grade = lookup("#appraisalGrade").queryComboBox();
        interact(() -> grade.setValue("优秀"));
        interact(() -> lookup("#appraisalReason").queryAs(TextField.class).clear()); // whatever the demo wrote
        assertTrue(lookup("#appraisalReasonError").queryLabeled().getText().contains("须写明理由"),
                lookup("#appraisalReasonError").queryLabeled().getText() + "|" + grade.getValue() + "|"
                        + lookup("#appraisalReason").queryAs(TextField.class).getText());
        assertTrue(lookup("#appraisalSave").queryButton().isDisabled(), "no reason, no save");
        type("#appraisalReason", "带头调解矛盾纠纷成效突出");
        assertFalse(lookup("#appraisalSave").queryButton().isDisabled());
        push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> row(id).finalGrade() == AppraisalGrade.EXCELLENT);
        MemberAppraisal saved = row(id);
        assertEquals(new AppraisalRule.Tally(2, 9, 0, 0), saved.entry().votes());
        assertEquals(new AppraisalRule.Mass(3, 2, 5), saved.entry().mass());
        assertEquals("带头调解矛盾纠纷成效突出", saved.entry().reason());
        waitUntil(() -> members.getSelectionModel().getSelectedItem() != null
                && members.getSelectionModel().getSelectedItem().member().id() != id);
        assertNotEquals(target.member().name(), lookup("#appraisalMemberTitle").queryLabeled().getText());

        AppraisalSheet sheet = app.appraisal().sheet(branchId, year);
        Rectification item = sheet.rectifications().stream().filter(r -> r.memberId() == id).findFirst().orElseThrow();
        assertTrue(item.open(), "low satisfaction opened an item");
        waitUntil(() -> lookup("#appraisalWarnings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains(target.member().name())));

        interact(() -> lookup("#appraisalTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(1));
        TableView<Rectification> items = lookup("#rectifications").queryTableView();
        waitUntil(() -> items.getItems().stream().anyMatch(r -> r.memberId() == id));
        interact(() -> items.getSelectionModel().select(items.getItems().stream().filter(r -> r.memberId() == id)
                .findFirst().orElseThrow()));
        clickOn("#rectificationClose");
        waitUntil(() -> lookup("#closeNote").tryQuery().isPresent());
        targetWindow(lookup("#closeNote").query().getScene().getWindow());
        assertTrue(lookup("#closeSave").queryButton().isDisabled(), "a note is required");
        clickOn("#closeNote").write("谈心谈话后主动参加村里志愿服务，回访群众满意");
        clickOn("#closeSave");
        waitUntil(() -> app.appraisal().sheet(branchId, year).rectifications().stream()
                .anyMatch(r -> r.memberId() == id && !r.open()));
        Rectification closed = app.appraisal().sheet(branchId, year).rectifications().stream()
                .filter(r -> r.memberId() == id).findFirst().orElseThrow();
        assertEquals(LocalDate.now(), closed.closedOn());
        assertEquals("谈心谈话后主动参加村里志愿服务，回访群众满意", closed.closeNote());
    }

    @Test
    void aFailedMemberGetsAFollowUpAndTooManyExcellentWarns() throws Exception {
        AppraisalSheet sheet = app.appraisal().sheet(branchId, year);
        MemberAppraisal failing = sheet.members().stream().filter(m -> !m.probationary()).skip(3).findFirst()
                .orElseThrow();
        app.appraisal().saveEntry(branchId, year, failing.entry().withTallies(new AppraisalRule.Tally(0, 2, 1, 8),
                failing.entry().mass(), AppraisalGrade.FAILED, null));
        int graded = sheet.graded();
        for (MemberAppraisal m : sheet.members().stream().filter(m -> !m.probationary())
                .filter(m -> m != failing).limit(graded / 3 + 1).toList()) {
            app.appraisal().saveEntry(branchId, year, m.entry().withTallies(new AppraisalRule.Tally(11, 0, 0, 0),
                    m.entry().mass(), AppraisalGrade.EXCELLENT, null));
        }
        reloadViaYear(); // the records were written behind the screen's back
        waitUntil(() -> lookup("#appraisalWarnings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("超过参评正式党员")));
        waitUntil(() -> lookup("#appraisalWarnings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("尚未登记处置：" + failing.member().name())));

        openFollowUpOfTheFailedMember();
        waitUntil(() -> lookup("#followUpDeadline").tryQuery().isPresent());
        targetWindow(lookup("#followUpDeadline").query().getScene().getWindow());
        TextField deadline = lookup("#followUpDeadline").queryAs(TextField.class);
        LocalDate tooLate = LocalDate.now().plusMonths(13);
        clickOn(deadline).write(tooLate.toString());
        assertTrue(lookup("#followUpSave").queryButton().isDisabled(), "限期改正 at most a year");
        interact(deadline::clear);
        clickOn(deadline).write(LocalDate.now().plusMonths(6).toString());
        assertFalse(lookup("#followUpSave").queryButton().isDisabled());
        clickOn("#followUpSave");
        waitUntil(() -> app.appraisal().sheet(branchId, year).followUps().size() == 1);
        FollowUp f = app.appraisal().sheet(branchId, year).followUps().get(0);
        assertEquals(FollowUpKind.CORRECT, f.kind());
        assertEquals(LocalDate.now().plusMonths(6), f.deadline());
        assertEquals(failing.member().id(), f.memberId());
    }

    /**
     * Another PC changes the round while 评议设置 is open (decision 0025): 保存 asks with what they changed, then
     * 放弃我的修改 keeps theirs and 用我的覆盖 saves the whole form over it.
     */
    @Test
    void roundSettingsOverSomeoneElsesChangeAskFirst() throws Exception {
        int den = 3;
        for (String answer : List.of("放弃我的修改(重新载入)", "用我的覆盖")) {
            AppraisalRound seen = app.appraisal().round(branchId, year);
            assertEquals(new Fraction(1, den), seen.thresholds().excellentCap());
            clickOn("#appraisalRound");
            waitUntil(() -> lookup("#roundFailShare").tryQuery().isPresent());
            AppraisalRule.Thresholds t = seen.thresholds();
            app.appraisal().saveRound(seen, new AppraisalRound(seen.id(), branchId, year, seen.startedOn(),
                    seen.endedOn(), seen.noticeFrom(), seen.noticeTo(), new AppraisalRule.Thresholds(t.failShare(),
                            t.satisfactionMin(), new Fraction(1, den + 1)))); // another PC, after the dialog opened

            targetWindow(lookup("#roundFailShare").query().getScene().getWindow());
            type("#roundFailShare", "1/3");
            clickOn("#roundSave");
            waitUntil(() -> lookup("#confirmDialog").tryQuery().isPresent());
            assertEquals("保存前，别人已改过这条记录：\n优秀比例上限(分母)：" + den + " → " + (den + 1),
                    lookup("#confirmDialog .content").queryAs(Label.class).getText());
            String choice = answer;
            clickOn(lookup((javafx.scene.Node n) -> n instanceof Button b && choice.equals(b.getText())).queryButton());
            waitUntil(() -> lookup("#roundFailShare").tryQuery().isEmpty());
            boolean mine = answer.startsWith("用");
            AppraisalRule.Thresholds kept = new AppraisalRule.Thresholds(mine ? new Fraction(1, 3) : t.failShare(),
                    t.satisfactionMin(), new Fraction(1, mine ? den : den + 1));
            waitUntil(() -> kept.equals(app.appraisal().round(branchId, year).thresholds()));
            den = mine ? den : den + 1;
        }
        assertTrue(app.auditLog().verify().intact());
    }

    /**
     * Another PC records the first 处置 of a member while this one's 处置 dialog, which found none, is open: the
     * save meets the table's unique key and asks with what they recorded; 用我的覆盖 saves this dialog over it.
     */
    @Test
    void aFirstFollowUpRecordedElsewhereMeanwhileAsksFirst() throws Exception {
        MemberAppraisal failing = app.appraisal().sheet(branchId, year).members().stream()
                .filter(m -> !m.probationary()).skip(3).findFirst().orElseThrow();
        long id = failing.member().id();
        app.appraisal().saveEntry(branchId, year, failing.entry().withTallies(new AppraisalRule.Tally(0, 2, 1, 8),
                failing.entry().mass(), AppraisalGrade.FAILED, null));
        reloadViaYear();
        openFollowUpOfTheFailedMember();
        waitUntil(() -> lookup("#followUpKind").tryQuery().isPresent());
        LocalDate today = LocalDate.now();
        app.appraisal().saveFollowUp(branchId, year, AppraisalService.noFollowUp(id), new FollowUp(null, 0, id,
                FollowUpKind.CORRECT, today, today.plusMonths(6), null)); // another PC, after the dialog opened

        targetWindow(lookup("#followUpKind").query().getScene().getWindow());
        interact(() -> lookup("#followUpKind").<javafx.scene.control.ChoiceBox<FollowUpKind>>query()
                .setValue(FollowUpKind.PERSUADE_TO_LEAVE));
        clickOn("#followUpSave");
        waitUntil(() -> lookup("#confirmDialog").tryQuery().isPresent());
        assertEquals("保存前，别人已改过这条记录：\n处置方式：（空） → 限期改正\n决定日期：（空） → " + today
                        + "\n改正期限：（空） → " + today.plusMonths(6),
                lookup("#confirmDialog .content").queryAs(Label.class).getText());
        clickOn(lookup((javafx.scene.Node n) -> n instanceof Button b && "用我的覆盖".equals(b.getText())).queryButton());
        waitUntil(() -> lookup("#followUpKind").tryQuery().isEmpty());
        waitUntil(() -> app.appraisal().sheet(branchId, year).followUps().get(0).kind() == FollowUpKind.PERSUADE_TO_LEAVE);
        assertNull(app.appraisal().sheet(branchId, year).followUps().get(0).deadline(), "劝退 has no deadline");
    }

    /** 不合格党员处置 tab: its one member selected and 登记处置 pressed. */
    private void openFollowUpOfTheFailedMember() throws Exception {
        interact(() -> lookup("#appraisalTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(2));
        TableView<MemberAppraisal> failed = lookup("#followUps").queryTableView();
        waitUntil(() -> failed.getItems().size() == 1);
        interact(() -> failed.getSelectionModel().select(0));
        clickOn("#followUpEdit");
    }

    /** Switches the year away and back: the page loads again from the database. */
    private void reloadViaYear() throws Exception {
        ComboBox<Integer> box = lookup("#yearBox").queryComboBox();
        interact(() -> box.setValue(year - 1));
        waitUntil(() -> lookup("#appraisalSummary").queryLabeled().getText().startsWith((year - 1) + "年度"));
        interact(() -> box.setValue(year));
        waitUntil(() -> lookup("#appraisalSummary").queryLabeled().getText().startsWith(year + "年度"));
    }
}
