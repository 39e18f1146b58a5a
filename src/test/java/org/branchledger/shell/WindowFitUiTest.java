package org.branchledger.shell;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.branchledger.App;
import org.branchledger.core.ui.FontSize;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/**
 * Every page at 特大 in a 1366×768 window (a village laptop): the buttons are on screen, no label outside a
 * table is cut to "…", and the session list and the attendance grid show all their columns.
 */
@org.junit.jupiter.api.Tag("window")
class WindowFitUiTest extends org.branchledger.testing.QuickRobot {
    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;

    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    @BeforeEach
    void open() throws Exception {
        app = DemoCopies.open(dir, "红旗村党支部（示范）", 36, Year.now().getValue()).app();
        app.settings().setFontSize(FontSize.EXTRA_LARGE);
        window = TestWindow.open(app, null, WIDTH, HEIGHT,
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void everyPageFitsAtTheLargestFontSize() throws Exception {
        List<String> problems = new ArrayList<>();
        // each page with a label that is filled once its data is read
        String[][] pages = {{"home", "#homeMemberCount"}, {"roster", "#rosterCount"}, {"study", "#studyRule"},
            {"notes", "#notesSummary"}, {"pledges", "#pledgesSummary"}, {"appraisal", "#appraisalSummary"},
            {"ledgers", null}, {"settings", "#dataFolder"}};
        for (String[] page : pages) {
            clickOn("#nav-" + page[0]);
            if (page[1] != null) {
                waitUntil(() -> lookup(page[1]).tryQuery().isPresent()
                        && !lookup(page[1]).queryLabeled().getText().isEmpty());
            }
            Parent content = lookup(".content").queryAs(Parent.class);
            waitUntil(() -> !shownLabels(content).isEmpty());
            check(page[0], content, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theStudyListsShowEveryColumnAndTheGridItsSaveButton() throws Exception {
        clickOn("#nav-study");
        waitUntil(() -> lookup("#studySessions").queryTableView().getItems().size() > 0);
        waitUntil(() -> lookup("#attendanceGrid").queryTableView().getItems().size() > 0);
        for (String id : new String[] {"#studySessions", "#attendanceGrid"}) {
            TableView<?> table = lookup(id).queryTableView();
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertTrue(columns <= table.getWidth() - 10, id + ": columns " + columns + " wider than " + table.getWidth());
        }
        for (String id : new String[] {"#attendanceSave", "#attendanceRevert", "#attendanceKey5"}) {
            assertTrue(onScreen(lookup(id).query()), id + " on screen");
        }
        TableView<?> grid = lookup("#attendanceGrid").queryTableView();
        assertTrue(grid.getHeight() > 7 * 38, "the grid shows more than a handful of members: " + grid.getHeight());
    }

    @Test
    void theAppraisalSaveButtonIsAlwaysInSight() throws Exception {
        clickOn("#nav-appraisal");
        waitUntil(() -> lookup("#appraisalMembers").queryTableView().getItems().size() == 36);
        assertTrue(onScreen(lookup("#appraisalSave").query()), "保存 on screen");
        ScrollPane form = lookup("#appraisalFormScroll").queryAs(ScrollPane.class);
        assertTrue(lookup("#appraisalSave").query().getParent() != null
                && !isInside(lookup("#appraisalSave").query(), form), "保存 outside the scrolling form");
        interact(() -> form.setVvalue(1));
        TableView<?> members = lookup("#appraisalMembers").queryTableView();
        interact(() -> members.getSelectionModel().select(5));
        assertTrue(form.getVvalue() == 0, "the next member's form opens at its top");
    }

    private void check(String page, Parent content, List<String> problems) {
        for (Node n : all(content)) {
            if (!n.isVisible() || n.getScene() == null || insideTableOrScroll(n, content)) {
                continue;
            }
            if (n instanceof Button b && !onScreen(b)) {
                problems.add(page + ": button " + b.getText() + " off screen " + b.localToScene(b.getBoundsInLocal()));
            }
            if (n instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
                String shown = shownText(l);
                if (shown != null && shown.endsWith("…") && !l.getText().endsWith("…")) {
                    problems.add(page + ": label cut to \"" + shown + "\"");
                }
            }
        }
    }

    private static List<Label> shownLabels(Parent root) {
        return all(root).stream().filter(n -> n instanceof Label l && l.isVisible() && l.getText() != null
                && !l.getText().isEmpty()).map(Label.class::cast).toList();
    }

    private static String shownText(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean onScreen(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= WIDTH + 0.5 && b.getMaxY() <= HEIGHT + 0.5
                && b.getWidth() > 0;
    }

    private static boolean insideTableOrScroll(Node n, Parent stop) {
        for (Node p = n.getParent(); p != null && p != stop; p = p.getParent()) {
            if (p instanceof TableView<?> || p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> all(Parent root) {
        List<Node> out = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            out.add(child);
            if (child instanceof Parent p && !(child instanceof TableView<?>)) {
                out.addAll(all(p));
            }
        }
        return out;
    }
}
