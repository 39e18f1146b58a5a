package org.branchledger.roster;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.branchledger.App;
import org.branchledger.roster.RosterFilter.Standing;
import org.branchledger.shell.Shell;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 花名册 in the real window on a real data folder with a demo branch (36 current members, 2 who left). */
@org.junit.jupiter.api.Tag("window")
class RosterScreenUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private long branchId;
    private TableView<Member> table;

    @BeforeEach
    void openRoster() throws Exception {
        DemoCopies.Demo demo = DemoCopies.open(dir, "红旗村党支部（示范）", 36, 2026);
        app = demo.app();
        branchId = demo.branch().id();
        window = TestWindow.open(app, null,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        clickOn("#nav-roster");
        table = lookup("#rosterTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 36);
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private Member stored(String idNumber) {
        return app.roster().members(branchId).stream().filter(m -> m.idNumber().equals(idNumber)).findFirst()
                .orElseThrow();
    }

    private void select(Member m) {
        interact(() -> {
            Member row = table.getItems().stream().filter(r -> r.id().equals(m.id())).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        interact(table::requestFocus);
    }

    @Test
    void showsCountsOfCurrentMembersAndFiltersTheTable() throws Exception {
        RosterCounts counts = app.roster().counts(branchId);
        waitUntil(() -> text("#rosterCount").contains("当前党员 36 人"));
        assertTrue(text("#rosterCount").contains("已离开本支部 2 人"));
        assertTrue(text("#rosterTypeCounts").contains("正式党员 " + counts.full() + " 人"));
        assertTrue(text("#rosterTypeCounts").contains("预备党员 " + counts.probationary() + " 人"));
        assertTrue(text("#rosterStatusCounts").contains("正常 36 人"));
        assertTrue(text("#rosterCategoryCounts").contains("农牧渔民"));
        assertEquals("流动党员 " + counts.floating() + " 人，失联党员 " + counts.lostContact() + " 人（均计入以上人数）",
                text("#rosterSpecialCounts"));
        assertTrue(table.getItems().stream().allMatch(Member::current));

        List<Member> all = app.roster().members(branchId);
        Member someone = all.stream().filter(Member::current)
                .filter(m -> all.stream().filter(o -> o.name().contains(m.name())).count() == 1)
                .findFirst().orElseThrow();
        push(KeyCode.CONTROL, KeyCode.F);
        write(someone.name());
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(someone.idNumber(), table.getItems().get(0).idNumber());
        assertEquals("列表中 1 人", text("#rosterShown"));

        interact(() -> lookup("#rosterSearch").queryAs(TextField.class).clear());
        ComboBox<Standing> standing = lookup("#rosterStandingFilter").queryComboBox();
        interact(() -> standing.setValue(Standing.LEFT));
        assertEquals(2, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(Member::current));
        interact(() -> standing.setValue(Standing.ALL));
        assertEquals(38, table.getItems().size());
        ComboBox<String> type = lookup("#rosterTypeFilter").queryComboBox();
        interact(() -> type.setValue("预备党员"));
        assertEquals(counts.probationary(), table.getItems().size());
    }

    @Test
    void addsAMemberThroughTheFormAfterAWrongCheckDigitIsCaught() throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#member-NAME").tryQuery().isPresent());
        TextField name = lookup("#member-NAME").queryAs(TextField.class);
        assertTrue(name.isFocused());
        targetWindow(name.getScene().getWindow());
        write("测试").push(KeyCode.TAB).write("110105194912310021"); // Tab goes from 姓名 to the number
        assertEquals("测试", name.getText());
        Button save = lookup("#memberSave").queryButton();
        assertEquals("校验位错误", text("#member-msg-ID_NUMBER"));
        assertTrue(save.isDisabled());

        push(KeyCode.BACK_SPACE).write("X");
        assertEquals("", text("#member-msg-ID_NUMBER"));
        assertEquals("按身份证号：女", text("#member-msg-GENDER"));
        assertFalse(save.isDisabled());
        clickOn("#member-MOBILE").write("13912345678");
        push(KeyCode.ENTER);

        waitUntil(() -> lookup("#member-NAME").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().stream().anyMatch(m -> m.name().equals("测试")));
        Member added = stored("11010519491231002X");
        assertEquals("测试", added.name());
        assertEquals("女", added.gender());
        assertEquals("1949-12-31", added.birthDate().iso());
        assertEquals("13912345678", added.mobile());
        assertTrue(added.current());
        assertEquals(37, app.roster().counts(branchId).current());
        waitUntil(() -> text("#rosterCount").contains("当前党员 37 人"));
        assertEquals("测试", table.getSelectionModel().getSelectedItem().name());
    }

    @Test
    void aDuplicateNumberComesBackIntoTheFormAndEscCancels() throws Exception {
        Member existing = table.getItems().get(3);
        clickOn("#rosterAdd");
        waitUntil(() -> lookup("#member-NAME").tryQuery().isPresent());
        assertEquals("请填写带 * 号的项目。", text("#memberFormStatus"));
        clickOn("#member-NAME").write("重复");
        clickOn("#member-ID_NUMBER").write(existing.idNumber());
        push(KeyCode.ENTER);
        waitUntil(() -> text("#member-msg-ID_NUMBER").contains("本支部已有此号码"));
        assertTrue(lookup("#memberSave").queryButton().isDisabled());
        push(KeyCode.ESCAPE); // the form was filled in: asked first
        waitUntil(() -> lookup("#discardQuestion").tryQuery().isPresent());
        targetWindow(lookup("#discardQuestion").query().getScene().getWindow());
        clickOn("放弃修改");
        waitUntil(() -> lookup("#member-NAME").tryQuery().isEmpty());
        assertEquals(38, app.roster().members(branchId).size());
    }

    @Test
    void editsAMembersPhone() throws Exception {
        Member m = table.getItems().get(5);
        select(m);
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#member-MOBILE").tryQuery().isPresent());
        assertEquals(m.name(), lookup("#member-NAME").queryAs(TextField.class).getText());
        clickOn("#member-MOBILE");
        interact(() -> lookup("#member-MOBILE").queryAs(TextField.class).clear());
        write("13700001111");
        clickOn("#memberSave");
        waitUntil(() -> "13700001111".equals(stored(m.idNumber()).mobile()));
        Member after = stored(m.idNumber());
        assertEquals(m.name(), after.name());
        assertEquals(m.joinedOn(), after.joinedOn());
        assertEquals(m.committeePost(), after.committeePost());
        waitUntil(() -> table.getItems().stream().anyMatch(r -> "13700001111".equals(r.mobile())));
    }

    /** Someone else saves the member while the form is open (decision 0025): asked, then theirs kept or overwritten. */
    @Test
    void aSaveOverSomeoneElsesChangeAsksFirst() throws Exception {
        Member m = table.getItems().get(5);
        for (String answer : List.of("放弃我的修改(重新载入)", "用我的覆盖")) {
            Member seen = stored(m.idNumber());
            select(seen);
            push(KeyCode.ENTER);
            waitUntil(() -> lookup("#member-MOBILE").tryQuery().isPresent());
            String theirs = answer.startsWith("用") ? "13900003333" : "13900002222";
            MemberFormModel elsewhere = new MemberFormModel(branchId, seen, app.roster()::today);
            elsewhere.value(RosterField.MOBILE).set(theirs); // another PC, after this form was opened
            assertTrue(app.roster().save(branchId, seen, elsewhere.values()).ok());

            clickOn("#member-MOBILE");
            interact(() -> lookup("#member-MOBILE").queryAs(TextField.class).clear());
            write("13700001111");
            clickOn("#memberSave");
            waitUntil(() -> lookup("#confirmDialog").tryQuery().isPresent());
            String message = lookup("#confirmDialog .content").queryAs(Label.class).getText();
            assertEquals("保存前，别人已改过这条记录：\n" + RosterField.MOBILE.label() + "："
                    + (seen.mobile() == null ? "（空）" : seen.mobile()) + " → " + theirs, message);
            clickOn(lookup((javafx.scene.Node n) -> n instanceof Button b && answer.equals(b.getText())).queryButton());
            waitUntil(() -> lookup("#member-MOBILE").tryQuery().isEmpty());
            String kept = answer.startsWith("用") ? "13700001111" : theirs;
            waitUntil(() -> kept.equals(stored(m.idNumber()).mobile()));
            waitUntil(() -> table.getItems().stream().anyMatch(r -> kept.equals(r.mobile())));
        }
    }

    @Test
    void aMemberWhoDiedLeavesTheCountsButStaysUnderLeft() throws Exception {
        Member m = table.getItems().get(7);
        select(m);
        clickOn("#rosterLeave");
        waitUntil(() -> lookup("#leaveReason").tryQuery().isPresent());
        Button confirm = lookup("#leaveConfirm").queryButton();
        assertTrue(confirm.isDisabled()); // no reason picked yet
        ComboBox<String> reason = lookup("#leaveReason").queryComboBox();
        assertTrue(reason.isFocused());
        targetWindow(reason.getScene().getWindow());
        push(KeyCode.DOWN).push(KeyCode.DOWN); // 转出, then 去世
        assertEquals("去世", reason.getValue());
        assertEquals(java.time.LocalDate.now().toString(), lookup("#leaveDate").queryAs(TextField.class).getText());
        assertFalse(confirm.isDisabled());
        push(KeyCode.ENTER);

        waitUntil(() -> !stored(m.idNumber()).current());
        assertEquals("去世", stored(m.idNumber()).leftReason());
        assertEquals(35, app.roster().counts(branchId).current());
        waitUntil(() -> text("#rosterCount").contains("当前党员 35 人"));
        assertTrue(text("#rosterCount").contains("已离开本支部 3 人"));
        assertEquals(35, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(r -> r.id().equals(m.id())));

        ComboBox<Standing> standing = lookup("#rosterStandingFilter").queryComboBox();
        interact(() -> standing.setValue(Standing.LEFT));
        assertEquals(3, table.getItems().size());
        assertTrue(table.getItems().stream().anyMatch(r -> r.id().equals(m.id())));
        assertTrue(RosterTable.notes(stored(m.idNumber())).startsWith("去世（"));
    }
}
