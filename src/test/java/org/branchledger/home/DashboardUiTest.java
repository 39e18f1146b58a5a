package org.branchledger.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.Samples;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** 首页 on the sample village: who is short of hours, and the missing meetings. */
@org.junit.jupiter.api.Tag("window")
class DashboardUiTest extends org.branchledger.testing.QuickRobot {
    private static final Path SAMPLES = Samples.DIR;

    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void showsWhoIsShortAndTheGaps() throws Exception {
        app = App.open(new DataFolder(dir));
        Branch branch = Branch.named("红旗村党支部", org.branchledger.core.branch.BranchKind.VILLAGE);
        app.rosterImport().commit(app.rosterImport().plan(SAMPLES.resolve("花名册-示例村.xlsx"), null, Map.of(),
                Progress.NONE), branch, true);
        long branchId = app.branches().resolve(null).id();
        app.studyImport().commit(app.studyImport().plan(SAMPLES.resolve("学习记录-示例村-2026.xlsx"), branchId,
                Progress.NONE), branchId, true);

        Dashboard d = new DashboardService(app.roster(), app.study(), app.pledges(), app.todayClock()).load(branchId, 2026);
        assertEquals(15, d.notCompliant().size(), "21 of 36 comply");
        assertTrue(d.notCompliant().get(0).standing().total() <= d.notCompliant().get(14).standing().total());

        window = TestWindow.open(app, null);
        ComboBox<Integer> year = lookup("#yearBox").queryComboBox();
        interact(() -> year.setValue(2026));
        Label title = lookup("#homeShortTitle").queryAs(Label.class);
        TestWindow.waitUntil(20, () -> title.getText() != null && title.getText().startsWith("2026年度尚未达标：15 人"));
        assertTrue(title.getText().contains("共 36 人"), title.getText());
        String shortList = lookup("#homeShortList").queryAs(Label.class).getText();
        assertTrue(shortList.contains("苏永红") && shortList.contains("还差"), shortList);
        assertTrue(lookup("#homeGapsList").queryAs(Label.class).getText().contains("缺"));
    }
}
