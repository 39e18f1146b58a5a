package org.branchledger.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import org.branchledger.roster.Member;
import org.branchledger.study.HoursRule;
import org.branchledger.study.MemberHours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** 首页's chart of hours: a branch of 1,000 members makes rows only for the members in sight. */
@org.junit.jupiter.api.Tag("window")
class HoursChartUiTest extends org.branchledger.testing.QuickRobot {
    private HoursChart chart;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(List<MemberHours> hours) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            chart = new HoursChart(hours, 400);
            stage.setScene(new Scene(new StackPane(chart), 800, 700));
            stage.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aThousandMembersMakeOnlyTheRowsInSight() throws Exception {
        List<MemberHours> hours = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            hours.add(hours(i, "党员" + i, i % 3 == 0 ? 100 : 420));
        }
        show(hours);
        Set<Node> cells = chart.rows().lookupAll(".list-cell");
        assertTrue(cells.size() <= HoursChart.ROWS_SHOWN + 3, cells.size() + " rows made");
        assertEquals(1000, chart.rows().getItems().size());
        assertTrue(names().contains("党员1"), names().toString());

        interact(() -> chart.rows().scrollTo(999));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(names().contains("党员1000"), "the last member scrolls into sight: " + names());
        assertTrue(chart.rows().lookupAll(".list-cell").size() <= HoursChart.ROWS_SHOWN + 3);
    }

    @Test
    void aSmallBranchShowsEveryMemberWithoutScrolling() throws Exception {
        show(List.of(hours(1, "张一", 420), hours(2, "李二", 100)));
        assertEquals(List.of("张一", "李二"), names());
        assertEquals(2 * 22 + 2, chart.rows().getHeight(), 0.5);
        List<String> values = chart.rows().lookupAll(".chart-short").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("10.0"), values, "李二 is short: 10.0 学时 shown as short");
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        chart.rows().lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> !c.isEmpty() && c.isVisible())
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .forEach(c -> names.add(((MemberHours) c.getItem()).member().name()));
        return names;
    }

    private static MemberHours hours(long id, String name, int tenths) {
        Member m = new Member(id, 1, name, "11010519491231002X", "女", null, null, null, null, null, null, null, null,
                null, null, "正常", false, null, false, null, null, null, false, null, true, null, null);
        return new MemberHours(m, HoursRule.judge(tenths, 0, 400, 2, 3), List.of());
    }
}
