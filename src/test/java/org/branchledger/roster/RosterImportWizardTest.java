package org.branchledger.roster;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.ui.ControllerFactory;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Views;
import org.branchledger.importing.RowRejection;
import org.branchledger.testing.Samples;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Walks the import wizard on a sample file, headless, against a real data folder. */
@org.junit.jupiter.api.Tag("window")
class RosterImportWizardTest extends org.branchledger.testing.QuickRobot {
    private static final Path SAMPLE = Samples.file("花名册-示例村.xlsx");

    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private RosterFiles files;
    private Path chosen = SAMPLE;

    /** The file dialog, answered by the test. */
    private final FileChooser chooser = new FileChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.of(chosen);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String name, String description, String... ext) {
            return Optional.of(dir.resolve(name));
        }
    };

    private Branch openWindow() throws Exception {
        app = App.open(new DataFolder(dir.resolve("data")));
        Branch branch = app.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
        window = TestWindow.open(app, chooser, w -> files = new RosterFiles(new Views(
                new ControllerFactory().register(RosterImportWizardController.class,
                        () -> new RosterImportWizardController(app.rosterImport(), w.tasks(), chooser,
                                w.dialogs()))),
                app.roster(), w.tasks(), w.dialogs(), chooser));
        return branch;
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void importsTheValidRowsAfterShowingTheRejectedOnes() throws Exception {
        Branch branch = openWindow();
        boolean[] imported = {false};
        interact(() -> files.importRoster(window.stage(), branch, () -> imported[0] = true));
        clickOn("#chooseFile");

        Label counts = lookup("#importCounts").queryAs(Label.class);
        waitUntil(20, () -> counts.getText() != null && counts.getText().contains("有问题的 7 行"));
        assertTrue(counts.getText().contains("可新增 36 人"), counts.getText());
        TableView<?> rejected = lookup("#rejectedTable").queryTableView();
        assertEquals(7, rejected.getItems().size());
        assertTrue(((RowRejection) rejected.getItems().get(0)).reason().contains("校验位错误"));
        assertEquals(0, app.roster().members(branch.id()).size(), "checking writes nothing");

        Button importButton = lookup("#importValid").queryButton();
        assertEquals("导入合格的 36 行(_I)".replace("(_I)", "(I)"), importButton.getText().replace("_", ""));
        clickOn(importButton);
        Label done = lookup("#importDoneText").queryAs(Label.class);
        waitUntil(20, () -> done.getText() != null && done.getText().startsWith("导入完成"));
        assertTrue(done.getText().contains("新增 36 人") && done.getText().contains("7 行有问题"), done.getText());
        assertTrue(imported[0]);
        assertEquals(36, app.roster().members(branch.id()).size());
    }

    @Test
    void aFileWithoutTheRequiredColumnsCanBeMappedByHand() throws Exception {
        Path odd = dir.resolve("奇怪的表.csv");
        java.nio.file.Files.writeString(odd, "人名,号码,民族\n李明,11010519491231002X,汉族\n");
        chosen = odd;
        Branch branch = openWindow();
        interact(() -> files.importRoster(window.stage(), branch, () -> { }));
        clickOn("#chooseFile");
        Label done = lookup("#importDoneText").queryAs(Label.class);
        waitUntil(20, () -> done.getText() != null && done.getText().contains("找不到表头"));
        assertEquals(0, app.roster().members(branch.id()).size());
        assertTrue(lookup("#importValid").queryButton().isDisabled());
    }

    @Test
    void showsTheSheetsReadAndSkippedAndHowCodedAndRenamedColumnsWereRead() throws Exception {
        String a = RealLayoutsTest.id("110105", "19800101", 11);
        String b = RealLayoutsTest.id("110105", "19850202", 22);
        java.util.List<java.util.List<String>> header = java.util.List.of(
                java.util.List.of("姓名", "身份证号", "性别", "党籍状态", "入党时间", "加入党组织日期"));
        java.util.Map<String, java.util.List<java.util.List<String>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("填表说明", java.util.List.of(java.util.List.of("请如实填写")));
        java.util.List<java.util.List<String>> onDuty = new java.util.ArrayList<>(header);
        onDuty.add(java.util.List.of("张在岗", a, "95_男", "正式党员", "2005-03-01", "2005-03-01"));
        sheets.put("在岗党员", onDuty);
        java.util.List<java.util.List<String>> offDuty = new java.util.ArrayList<>(header);
        offDuty.add(java.util.List.of("李离岗", b, "96_女", "正式党员", "2010-07-01", "2010-07-01"));
        sheets.put("不在岗党员", offDuty);
        chosen = RealLayoutsTest.workbook(dir.resolve("两表.xlsx"), sheets);
        Branch branch = openWindow();
        interact(() -> files.importRoster(window.stage(), branch, () -> { }));
        clickOn("#chooseFile");

        Label counts = lookup("#importCounts").queryAs(Label.class);
        waitUntil(20, () -> counts.getText() != null && counts.getText().contains("可新增 2 人"));
        Label sheetsRead = lookup("#importSheets").queryAs(Label.class);
        assertEquals("读取了 2 张工作表: 在岗党员、不在岗党员。跳过: 填表说明(没有表头)。", sheetsRead.getText());
        TableView<?> mapping = lookup("#mappingTable").queryTableView();
        java.util.List<String> notes = mapping.getItems().stream().map(c -> ((ColumnMapping.Column) c).note()).toList();
        assertEquals("按“公民身份号码”读取", notes.get(1));
        assertTrue(notes.get(2).startsWith("去掉代码读取(“95_男”读作“男”)"), notes.get(2));
        assertTrue(notes.get(3).contains("按党员类型读取"), notes.get(3));
        assertEquals("与“加入党组织日期”核对，不一致的行不导入", notes.get(4));
        assertEquals("", notes.get(5), "the national wording is read as it is");
    }

    @Test
    void asksFirstWhenTheSheetNamesAnotherBranch() throws Exception {
        String a = RealLayoutsTest.id("110105", "19800101", 11);
        Path other = dir.resolve("东风村花名册.csv");
        java.nio.file.Files.writeString(other, "填报单位：东风村党支部\n姓名,公民身份号码\n张东风," + a + "\n");
        chosen = other;
        Branch branch = openWindow();
        interact(() -> files.importRoster(window.stage(), branch, () -> { }));
        clickOn("#chooseFile");
        Label counts = lookup("#importCounts").queryAs(Label.class);
        waitUntil(20, () -> counts.getText() != null && counts.getText().contains("可新增 1 人"));

        clickOn("#importValid");
        waitUntil(() -> lookup("#confirmDialog").tryQuery().isPresent());
        String question = lookup("#confirmDialog .content").queryAs(Label.class).getText();
        assertTrue(question.contains("“东风村党支部”") && question.contains("“红旗村党支部”"), question);
        clickOn(lookup("#confirmDialog").lookup("取消").queryButton()); // not the wizard's own (hidden) 取消
        waitUntil(() -> lookup("#confirmDialog").tryQuery().isEmpty());
        assertEquals(0, app.roster().members(branch.id()).size(), "nothing written without a yes");

        clickOn("#importValid");
        waitUntil(() -> lookup("#confirmDialog").tryQuery().isPresent());
        clickOn(lookup("#confirmDialog").lookup("仍然导入“红旗村党支部”").queryButton());
        Label done = lookup("#importDoneText").queryAs(Label.class);
        waitUntil(20, () -> done.getText() != null && done.getText().startsWith("导入完成"));
        assertEquals(1, app.roster().members(branch.id()).size());
    }
}
