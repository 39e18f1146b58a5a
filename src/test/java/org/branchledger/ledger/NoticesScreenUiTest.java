package org.branchledger.ledger;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeCategory;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 台账打印 and the two public notices: an undecided appraisal is explained, not printed; the pledges' 公示期 is asked. */
@org.junit.jupiter.api.Tag("window")
class NoticesScreenUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    private final FileChooser chooser = new FileChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String name, String description, String... ext) {
            return Optional.of(dir.resolve(name));
        }
    };

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private void open(int demoYear) throws Exception {
        app = DemoCopies.open(dir.resolve("data"), "红旗村党支部（示范）", 10, 4, demoYear).app();
        window = TestWindow.open(app, chooser);
        waitUntil(30, () -> lookup("#branchBox").queryComboBox().getValue() != null);
        clickOn("台账打印");
        waitUntil(() -> lookup("#ledgerKind").tryQuery().isPresent());
    }

    private void choose(String kind) {
        ComboBox<LedgersController.Choice> box = lookup("#ledgerKind").queryComboBox();
        interact(() -> box.getItems().stream().filter(c -> c.kind().equals(kind)).findFirst()
                .ifPresent(box.getSelectionModel()::select));
    }

    private Label status() {
        return lookup("#ledgerStatus").queryAs(Label.class);
    }

    @Test
    void anUndecidedAppraisalIsExplainedInsteadOfPrinted() throws Exception {
        open(Year.now().getValue() - 1); // this year (selected) has no appraisal yet
        choose("appraisal-public");
        clickOn("#previewButton");
        waitUntil(() -> status().getText().contains("不能公示结果"));
        assertTrue(status().getText().contains(Year.now().getValue() + " 年度的民主评议还没有由支部委员会评定等次"),
                status().getText());
        assertTrue(lookup("#previewPages").queryAs(VBox.class).getChildren().isEmpty(), "nothing previewed");
        assertTrue(lookup("#savePdf").queryButton().isDisabled());
    }

    @Test
    void thePledgeNoticeAsksItsPeriodAndPublishesWhatItLists() throws Exception {
        open(Year.now().getValue());
        LocalDate today = LocalDate.now();
        Branch branch = app.branches().all().get(0);
        long id = app.pledges().save(Pledge.draft(branch.id(), null, PledgeCategory.RESULTS, null,
                "年底前修好村口路灯(界面测试)", null, "陆书记", today, today)).id();
        choose("pledges-public");
        clickOn("#previewButton");
        waitUntil(() -> lookup("#noticeFrom").tryQuery().isPresent());
        TextField from = lookup("#noticeFrom").queryAs(TextField.class);
        TextField to = lookup("#noticeTo").queryAs(TextField.class);
        targetWindow(from.getScene().getWindow());
        assertEquals(today.toString(), from.getText());
        assertEquals(today.plusDays(4).toString(), to.getText());

        interact(() -> to.setText(today.minusDays(1).toString()));
        assertTrue(lookup("#noticeOk").queryButton().isDisabled());
        assertTrue(lookup("#noticeError").queryAs(Label.class).getText().contains("早于开始日期"));
        interact(() -> to.setText(today.plusDays(6).toString()));
        assertFalse(lookup("#noticeOk").queryButton().isDisabled());
        clickOn("#noticeOk");

        targetWindow(window.stage());
        VBox pages = lookup("#previewPages").queryAs(VBox.class);
        waitUntil(30, () -> !pages.getChildren().isEmpty());
        assertTrue(status().getText().contains("校验码"), status().getText());
        assertEquals(null, app.pledges().pledge(id).publishedOn(), "a preview publishes nothing");
        int printsBefore = app.ledgers().auditAnchors().size();

        clickOn("#savePdf");
        waitUntil(30, () -> status().getText().startsWith("已保存到"));
        assertEquals(today, app.pledges().pledge(id).publishedOn(), "示诺 recorded on the first day of the notice");
        assertEquals(printsBefore + 1, app.ledgers().auditAnchors().size(), "the saved notice is recorded");
        Path saved;
        try (var files = java.nio.file.Files.list(dir)) {
            saved = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        String text = org.branchledger.testing.LedgerPdf.text(saved).replaceAll("\\s+", "");
        assertTrue(text.contains("年底前修好村口路灯(界面测试)"), text);
        assertTrue(text.contains("公示期:" + NoticePeriod.format(today) + "至" + NoticePeriod.format(today.plusDays(6))),
                text);
    }
}
