package org.branchledger.study;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.branchledger.App;
import org.branchledger.roster.Member;
import org.branchledger.shell.Shell;
import org.branchledger.study.AttendanceGridModel.Row;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 学习考勤 in the real window on a real data folder with a demo branch of 12 current members. */
@org.junit.jupiter.api.Tag("window")
class StudyScreenUiTest extends org.branchledger.testing.QuickRobot {
    private static final String TOPIC = "学习贯彻党的二十大精神（界面测试）";

    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private long branchId;
    private int year;

    @BeforeEach
    void openStudyPage() throws Exception {
        year = Year.now().getValue();
        DemoCopies.Demo demo = DemoCopies.open(dir, "红旗村党支部（示范）", 12, year);
        app = demo.app();
        branchId = demo.branch().id();
        window = TestWindow.open(app, null,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        clickOn("#nav-roster"); // the study page must bring its own shortcuts, whatever page was shown before
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> lookup("#studyRule").tryQuery().isPresent());
        waitUntil(() -> text("#studyRule").startsWith(year + "年度要求 40.0 学时"));
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private Map<Long, MemberHours> hours() {
        return app.study().hours(branchId, year).stream()
                .collect(Collectors.toMap(h -> h.member().id(), Function.identity()));
    }

    /** Adds a session through the form (Ctrl+N, today, 1.5 学时, 全部出席) and waits for its grid. */
    private StudySession addSession() throws Exception {
        return addSession(TOPIC);
    }

    private StudySession addSession(String topic) throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#sessionTopic").tryQuery().isPresent());
        TextField date = lookup("#sessionDate").queryAs(TextField.class);
        targetWindow(date.getScene().getWindow());
        assertEquals(LocalDate.now().toString(), date.getText());
        assertTrue(lookup("#sessionSave").queryButton().isDisabled());
        clickOn("#sessionHours").write("1.55");
        assertEquals("学时最多一位小数: 1.55", text("#sessionHoursError"));
        push(KeyCode.BACK_SPACE);
        clickOn("#sessionTopic").write(topic);
        assertFalse(lookup("#sessionSave").queryButton().isDisabled());
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#sessionTopic").tryQuery().isEmpty());
        waitUntil(() -> app.study().sessions(branchId, year).stream().anyMatch(s -> s.topic().equals(topic)));
        StudySession session = app.study().sessions(branchId, year).stream().filter(s -> s.topic().equals(topic))
                .findFirst().orElseThrow();
        TableView<Row> grid = lookup("#attendanceGrid").queryTableView();
        waitUntil(() -> text("#studySessionTitle").contains(topic) && grid.getItems().size() == 12);
        return session;
    }

    @Test
    void addsASessionAndMarksLeaveAndMakeUpWithTheKeyboard() throws Exception {
        Map<Long, MemberHours> before = hours();
        StudySession session = addSession();
        assertEquals(15, session.hoursTenths());
        assertEquals(12, app.study().attendance(session.id()).size());
        assertTrue(app.study().attendance(session.id()).stream().allMatch(a -> a.status() == AttendanceStatus.PRESENT));

        TableView<Row> grid = lookup("#attendanceGrid").queryTableView();
        waitUntil(grid::isFocused);
        assertEquals(0, grid.getSelectionModel().getSelectedIndex());
        push(KeyCode.DIGIT2).push(KeyCode.DIGIT2); // 请假, and on to the next member each time
        assertEquals(2, grid.getSelectionModel().getSelectedIndex());
        push(KeyCode.DIGIT4);                      // 补课 asks for the date
        waitUntil(() -> lookup("#makeupDate").tryQuery().isPresent());
        TextField makeupDate = lookup("#makeupDate").queryAs(TextField.class);
        targetWindow(makeupDate.getScene().getWindow());
        interact(makeupDate::clear);
        write(LocalDate.now().toString());
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#makeupDate").tryQuery().isEmpty());
        targetWindow(grid.getScene().getWindow());

        List<Row> rows = List.copyOf(grid.getItems());
        assertEquals(AttendanceStatus.LEAVE, rows.get(0).status());
        assertEquals(AttendanceStatus.LEAVE, rows.get(1).status());
        assertEquals(AttendanceStatus.MADE_UP, rows.get(2).status());
        assertEquals(3, grid.getSelectionModel().getSelectedIndex());
        assertEquals("● 未保存（3 人有修改）", text("#attendanceUnsaved"));
        assertTrue(app.study().attendance(session.id()).stream().allMatch(a -> a.status() == AttendanceStatus.PRESENT));

        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> app.study().attendance(session.id()).stream()
                .filter(a -> a.status() == AttendanceStatus.LEAVE).count() == 2);
        Map<Long, Attendance> stored = app.study().attendance(session.id()).stream()
                .collect(Collectors.toMap(Attendance::memberId, Function.identity()));
        Member leave1 = rows.get(0).member();
        Member leave2 = rows.get(1).member();
        Member madeUp = rows.get(2).member();
        assertEquals(AttendanceStatus.LEAVE, stored.get(leave1.id()).status());
        assertEquals(AttendanceStatus.LEAVE, stored.get(leave2.id()).status());
        assertEquals(AttendanceStatus.MADE_UP, stored.get(madeUp.id()).status());
        assertEquals(LocalDate.now(), stored.get(madeUp.id()).makeupOn());
        assertEquals("集中补课", stored.get(madeUp.id()).makeupHow());
        assertEquals(9, stored.values().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count());
        waitUntil(() -> text("#attendanceUnsaved").isEmpty());
        assertEquals("出席 9 人　请假 2 人　补课 1 人", text("#attendanceCounts"));

        Map<Long, MemberHours> after = hours();
        for (Member m : rows.stream().map(Row::member).toList()) {
            int gained = after.get(m.id()).standing().centralised() - before.get(m.id()).standing().centralised();
            boolean onLeave = m.id().equals(leave1.id()) || m.id().equals(leave2.id());
            assertEquals(onLeave ? 0 : 15, gained, m.name());
        }
        TableView<StudyPageModel.SessionRow> sessions = lookup("#studySessions").queryTableView();
        waitUntil(() -> sessions.getItems().stream().anyMatch(r -> r.session().id().equals(session.id())
                && r.expected() == 12 && r.present() == 9));
    }

    @Test
    void recordsSelfStudyAndChangesTheYearsRequiredHours() throws Exception {
        TabPane tabs = lookup("#studyTabs").queryAs(TabPane.class);
        clickOn("党员学时");
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        TableView<MemberHours> table = lookup("#studyHours").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        MemberHours picked = table.getItems().get(4);
        interact(() -> table.getSelectionModel().select(picked));
        int selfBefore = hours().get(picked.member().id()).standing().self();

        clickOn("#studySelfStudy");
        waitUntil(() -> lookup("#selfMaterial").tryQuery().isPresent());
        TextField material = lookup("#selfMaterial").queryAs(TextField.class);
        targetWindow(material.getScene().getWindow());
        assertEquals(picked.member(), lookup("#selfMember").queryComboBox().getValue());
        assertTrue(material.isFocused());
        write("学习《中国共产党章程》");
        clickOn("#selfHours").write("3.5");
        push(KeyCode.ENTER);
        waitUntil(() -> hours().get(picked.member().id()).standing().self() == selfBefore + 35);
        waitUntil(() -> table.getItems().stream().anyMatch(h -> h.member().id().equals(picked.member().id())
                && h.standing().self() == selfBefore + 35));
        targetWindow(table.getScene().getWindow());

        List<String> topics = app.study().settings(branchId, year).topics();
        clickOn("#studySettings");
        waitUntil(() -> lookup("#settingsRequired").tryQuery().isPresent());
        TextField required = lookup("#settingsRequired").queryAs(TextField.class);
        targetWindow(required.getScene().getWindow());
        assertEquals("40.0", required.getText());
        interact(required::clear);
        write("32.0");
        push(KeyCode.ENTER);
        waitUntil(() -> text("#studyRule").startsWith(year + "年度要求 32.0 学时，其中集中学习不少于 2/3"));
        assertEquals(320, app.study().settings(branchId, year).requiredTenths());
        assertEquals(topics, app.study().settings(branchId, year).topics()); // only what was changed changes
        waitUntil(() -> table.getItems().stream().allMatch(h -> h.standing().required() == 320));
    }

    @Test
    void unsavedEditsAreNotDroppedWhenAnotherSessionIsPicked() throws Exception {
        StudySession first = addSession();
        StudySession second = addSession("党课：党的优良传统和作风（界面测试）");
        TableView<Row> grid = lookup("#attendanceGrid").queryTableView();
        waitUntil(grid::isFocused);
        push(KeyCode.DIGIT3); // 缺席
        assertEquals("● 未保存（1 人有修改）", text("#attendanceUnsaved"));
        Member absent = grid.getItems().get(0).member();

        TableView<StudyPageModel.SessionRow> sessions = lookup("#studySessions").queryTableView();
        StudyPageModel.SessionRow firstRow = sessions.getItems().stream()
                .filter(r -> r.session().id().equals(first.id())).findFirst().orElseThrow();
        interact(() -> sessions.getSelectionModel().select(firstRow));
        waitUntil(() -> lookup("返回继续修改").tryQuery().isPresent());
        clickOn("返回继续修改");
        waitUntil(() -> sessions.getSelectionModel().getSelectedItem() != null
                && sessions.getSelectionModel().getSelectedItem().session().id().equals(second.id()));
        assertTrue(text("#studySessionTitle").contains("党的优良传统和作风"));
        assertEquals("● 未保存（1 人有修改）", text("#attendanceUnsaved"));

        interact(() -> sessions.getSelectionModel().select(firstRow));
        waitUntil(() -> lookup("返回继续修改").tryQuery().isPresent());
        clickOn("保存");
        waitUntil(() -> app.study().attendance(second.id()).stream()
                .anyMatch(a -> a.memberId() == absent.id() && a.status() == AttendanceStatus.ABSENT));
        waitUntil(() -> text("#studySessionTitle").contains(TOPIC));
        assertEquals("", text("#attendanceUnsaved"));
    }
}
