package org.branchledger.study;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.shell.Shell;
import org.branchledger.study.StudyPageModel.SessionRow;
import org.branchledger.testing.LedgerPdf;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 打印签到表… on 学习考勤: the selected session's sheet alone, and the offer made right after 新增活动. */
@org.junit.jupiter.api.Tag("window")
class StudySigninUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private long branchId;
    private int year;
    private final List<String> offeredNames = new java.util.ArrayList<>();

    private final FileChooser chooser = new FileChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String name, String description, String... ext) {
            offeredNames.add(name);
            return Optional.of(dir.resolve("out").resolve(name));
        }
    };

    @BeforeEach
    void demo() throws Exception {
        year = Year.now().getValue();
        DemoCopies.Demo demo = DemoCopies.open(dir.resolve("data"), "红旗村党支部（示范）", 10, 12, year);
        app = demo.app();
        branchId = demo.branch().id();
    }

    private void openStudyPage() throws Exception {
        window = TestWindow.open(app, chooser,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> lookup("#studySessions").tryQuery().isPresent());
        waitUntil(() -> !lookup("#studySessions").queryTableView().getItems().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theSelectedSessionsSheetIsSavedAlone() throws Exception {
        LocalDate busyDay = app.study().sessions(branchId, year).get(2).heldOn();
        app.study().addSession(new StudySession(null, branchId, busyDay, SessionKind.SEMINAR, "同一天的第二场(界面测试)",
                10, "村党员活动室", "陆书记"), List.of());
        openStudyPage();
        TableView<SessionRow> table = lookup("#studySessions").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.session().topic().startsWith("同一天的第二场")));
        SessionRow first = table.getItems().stream().filter(r -> r.session().heldOn().equals(busyDay)
                && r.session().kind() != SessionKind.SEMINAR).findFirst().orElseThrow();
        interact(() -> table.getSelectionModel().select(first));

        assertFalse(lookup("#studyPrintSignin").queryButton().isDisabled());
        clickOn("#studyPrintSignin");
        waitUntil(() -> text("#studySigninMessage").startsWith("签到表已保存"));
        String name = offeredNames.get(0);
        assertEquals("红旗村党支部（示范）-学习签到表-" + busyDay + "-" + first.session().kind().label() + ".pdf", name);
        Path pdf = dir.resolve("out").resolve(name);
        assertTrue(Files.isRegularFile(pdf));
        String sheet = LedgerPdf.text(pdf);
        assertTrue(sheet.contains(first.session().topic()), sheet);
        assertFalse(sheet.contains("同一天的第二场") || sheet.contains("本日共"), "that session alone: " + sheet);
        assertTrue(text("#studySigninMessage").contains(pdf.toString()) && text("#studySigninMessage").contains("校验码"));
        assertEquals(0, app.ledgers().verify(pdf).lines().stream().filter(l -> !l.endsWith("一致")).count());
    }

    @Test
    void afterANewSessionTheSheetIsOfferedWithoutTakingTheKeyboard() throws Exception {
        openStudyPage();
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#sessionTopic").tryQuery().isPresent());
        TextField topic = lookup("#sessionTopic").queryAs(TextField.class);
        targetWindow(topic.getScene().getWindow());
        clickOn("#sessionHours").write("2");
        clickOn("#sessionTopic").write("冬季农村党员集中轮训");
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#sessionTopic").tryQuery().isEmpty());
        targetWindow(window.stage());
        waitUntil(() -> lookup("#studySigninNow").queryButton().isVisible());
        assertEquals("活动已保存。现在打印签到表吗？", text("#studySigninMessage"));
        TableView<?> grid = lookup("#attendanceGrid").queryTableView();
        waitUntil(grid::isFocused); // the attendance can be typed at once, as before

        clickOn("#studySigninNow");
        waitUntil(() -> text("#studySigninMessage").startsWith("签到表已保存"));
        assertFalse(lookup("#studySigninNow").queryButton().isVisible());
        Path pdf = dir.resolve("out").resolve(offeredNames.get(0));
        String sheet = LedgerPdf.text(pdf);
        assertTrue(sheet.contains("冬季农村党员集中轮训") && sheet.contains("学时: 2.0"), sheet);
    }
}
