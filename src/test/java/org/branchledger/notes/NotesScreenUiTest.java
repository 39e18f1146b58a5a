package org.branchledger.notes;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.shell.Shell;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.branchledger.testing.DemoCopies;

/** 笔记心得 in the real window: an essay added by pasting its text, then reviewed 良. */
@org.junit.jupiter.api.Tag("window")
class NotesScreenUiTest extends org.branchledger.testing.QuickRobot {
    private static final String TITLE = "学习贯彻党的二十大精神心得（界面测试）";
    private static final String TEXT = "学习贯彻 党的二十大精神，\n\u3000坚定理想信念。";

    @TempDir
    Path dir;

    private App app;
    private TestWindow window;
    private long branchId;
    private Path scan;
    private int year;

    /** Answers every open dialog with the scanned page {@link #scan}. */
    private final class ScanChooser implements FileChooser {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.of(scan);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String initialName, String description,
                                   String... extensions) {
            return Optional.empty();
        }
    }

    @BeforeEach
    void openNotesPage() throws Exception {
        year = Year.now().getValue();
        DemoCopies.Demo demo = DemoCopies.open(dir, "红旗村党支部（示范）", 12, year);
        app = demo.app();
        branchId = demo.branch().id();
        scan = Files.writeString(dir.resolve("扫描件.pdf"), "%PDF-1.4 test");
        window = TestWindow.open(app, new ScanChooser(),
                w -> w.stage().getScene().getStylesheets().add(Shell.class.getResource("app.css").toExternalForm()));
        clickOn("#nav-notes");
        waitUntil(() -> lookup("#notesMembers").tryQuery().isPresent());
        waitUntil(() -> lookup("#notesMembers").queryTableView().getItems().size() == 12);
        waitUntil(() -> lookup("#notesSummary").queryLabeled().getText().startsWith(year + "年度心得体会"));
    }

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    private MemberNotes standing(long memberId) {
        return app.notes().standings(branchId, year).stream().filter(s -> s.member().id() == memberId)
                .findFirst().orElseThrow();
    }

    @Test
    void addsAPastedEssayAndReviewsIt() throws Exception {
        TableView<MemberNotes> members = lookup("#notesMembers").queryTableView();
        MemberNotes target = members.getItems().stream()
                .filter(m -> m.member().canWrite() && !m.member().leadingCadre()).findFirst().orElseThrow();
        long memberId = target.member().id();
        int before = standing(memberId).standing().counted();
        interact(() -> members.getSelectionModel().select(target));

        clickOn("#notesAdd");
        waitUntil(() -> lookup("#noteTitle").tryQuery().isPresent());
        TextField title = lookup("#noteTitle").queryAs(TextField.class);
        Window form = title.getScene().getWindow();
        targetWindow(form);
        assertTrue(lookup("#noteSave").queryButton().isDisabled());
        ChoiceBox<NoteKind> kind = lookup("#noteKind").queryAs(ChoiceBox.class);
        interact(() -> kind.setValue(NoteKind.ESSAY));
        clickOn("#noteTitle").write(TITLE);
        TextArea body = lookup("#noteBody").queryAs(TextArea.class);
        clickOn("#noteBody");
        interact(() -> body.replaceSelection(TEXT)); // what 粘贴 does
        TextField words = lookup("#noteWords").queryAs(TextField.class);
        assertEquals("19", words.getText());
        assertFalse(words.isEditable());
        assertFalse(lookup("#noteSave").queryButton().isDisabled());
        clickOn("#notePageAdd");
        assertEquals(1, lookup("#notePages").queryListView().getItems().size());
        clickOn("#noteSave");
        waitUntil(() -> app.notes().notesOf(branchId, memberId, year).stream().anyMatch(n -> n.title().equals(TITLE)));
        ReadingNote saved = app.notes().notesOf(branchId, memberId, year).stream()
                .filter(n -> n.title().equals(TITLE)).findFirst().orElseThrow();
        assertEquals(19, saved.wordCount());
        assertEquals(NoteKind.ESSAY, saved.kind());
        assertEquals(TEXT, saved.body());
        waitUntil(() -> app.notes().attachments(saved.id()).size() == 1);
        Attachment page = app.notes().attachments(saved.id()).get(0);
        assertEquals("attachments/" + saved.id() + "/扫描件.pdf", page.storedPath());
        assertEquals("%PDF-1.4 test", Files.readString(app.folder().path().resolve(page.storedPath())));

        targetWindow(window.stage());
        TableView<ReadingNote> list = lookup("#notesList").queryTableView();
        waitUntil(() -> list.getItems().stream().anyMatch(n -> n.title().equals(TITLE)));
        interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(n -> n.title().equals(TITLE)).findFirst().orElseThrow()));
        clickOn("#notesReview");
        waitUntil(() -> lookup("#reviewReviewer").tryQuery().isPresent());
        TextField reviewer = lookup("#reviewReviewer").queryAs(TextField.class);
        targetWindow(reviewer.getScene().getWindow());
        interact(reviewer::clear); // it starts with the branch's secretary
        clickOn("#reviewReviewer").write("王书记");
        ChoiceBox<Grade> grade = lookup("#reviewGrade").queryAs(ChoiceBox.class);
        interact(() -> grade.setValue(Grade.GOOD));
        clickOn("#reviewSave");
        waitUntil(() -> standing(memberId).standing().counted() == before + 1);
        ReadingNote reviewed = app.notes().notesOf(branchId, memberId, year).stream()
                .filter(n -> n.title().equals(TITLE)).findFirst().orElseThrow();
        assertEquals(Grade.GOOD, reviewed.grade());
        assertEquals("王书记", reviewed.reviewer());
        assertEquals(EssayRule.Compliance.YES, standing(memberId).standing().compliance());
        targetWindow(window.stage());
        waitUntil(() -> list.getItems().stream().anyMatch(n -> n.title().equals(TITLE) && n.grade() == Grade.GOOD));
    }

    @Test
    void recordsASpotCheckWhoseSampleCanBeDrawnAgain() throws Exception {
        long memberId = app.notes().standings(branchId, year).get(0).member().id();
        app.notes().save(new ReadingNote(null, branchId, memberId, java.time.LocalDate.of(year, 1, 2), NoteKind.NOTE,
                "党章学习笔记（界面测试）", 800, null, null, null, null, null)); // whatever the demo wrote
        clickOn("#notesSpot");
        waitUntil(() -> lookup("#spotChecker").tryQuery().isPresent());
        TextField checker = lookup("#spotChecker").queryAs(TextField.class);
        targetWindow(checker.getScene().getWindow());
        assertTrue(lookup("#spotSave").queryButton().isDisabled());
        clickOn("#spotChecker").write("督导组李同志");
        TextField size = lookup("#spotSize").queryAs(TextField.class);
        interact(() -> size.setText("3"));
        clickOn("#spotDraw");
        waitUntil(() -> lookup("#spotResult0").tryQuery().isPresent());
        String seedLine = lookup("#spotSeed").queryLabeled().getText();
        String number = seedLine.substring("抽样号 ".length(), seedLine.indexOf('，'));
        assertTrue(number.matches("\\d{6}"), "a short draw number: " + seedLine);
        long seed = Long.parseLong(number);
        clickOn("#spotResult0").write("合格（界面测试）");
        clickOn("#spotSave");
        ReadingNote first = app.notes().sample(branchId, year, seed, 3).get(0);
        waitUntil(() -> "合格（界面测试）".equals(app.notes().spotResults(branchId).get(first.id())));
    }
}
