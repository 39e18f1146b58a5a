package org.branchledger.notes;

import java.time.LocalDate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.Selection;
import org.branchledger.core.ui.TableColumns;
import org.branchledger.core.ui.Tasks;

/**
 * 笔记心得: binds the page to its {@link NotesPageModel} (every current member's essays against the year's rule,
 * the selected member's notes and essays, the review queue, oldest first, overdue in red) and opens the forms:
 * 新增 / 编辑, 批改 and 抽查. Reloads on any change.
 */
public final class NotesController {
    private final NotesService notes;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final FileChooser files;
    private final AttachmentStore store;
    private final NotesPageModel model;
    private int loads;

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button reviewButton;
    @FXML private Button spotButton;
    @FXML private TabPane tabs;
    @FXML private Tab queueTab;
    @FXML private TableView<MemberNotes> memberTable;
    @FXML private Label memberTitle;
    @FXML private TableView<ReadingNote> noteTable;
    @FXML private Label queueCount;
    @FXML private TableView<ReviewQueueEntry> queueTable;

    public NotesController(NotesService notes, Selection selection, Tasks tasks, Dialogs dialogs, FileChooser files,
                           org.branchledger.core.db.ScannedPages pages, Clock clock) {
        this.notes = notes;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.store = new AttachmentStore(notes, pages);
        this.model = new NotesPageModel(clock);
    }

    @FXML
    private void initialize() {
        NotesViewTables.members(memberTable);
        NotesViewTables.notes(noteTable);
        NotesViewTables.queue(queueTable);
        for (TableView<?> t : List.of(memberTable, noteTable, queueTable)) {
            TableColumns.scaleWithFont(t, selection.fontSize().map(f -> f.pixels()));
        }
        memberTable.setItems(model.members());
        noteTable.setItems(model.memberNotes());
        queueTable.setItems(model.queue());
        selectWith(memberTable, model.selectedMember());
        selectWith(noteTable, model.selectedNote());
        selectWith(queueTable, model.selectedEntry());
        model.queueShown().bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(queueTab));
        model.branchChosen().bind(selection.branch().isNotNull());
        summary.textProperty().bind(model.summary());
        memberTitle.textProperty().bind(model.memberTitle());
        queueCount.textProperty().bind(model.queueCount());
        queueTab.textProperty().bind(model.queueTab());
        addButton.disableProperty().bind(model.branchChosen().not());
        spotButton.disableProperty().bind(model.branchChosen().not());
        editButton.disableProperty().bind(model.noteActions().not());
        reviewButton.disableProperty().bind(model.noteActions().not());
        noteTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editNote();
            }
        });
        queueTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reviewNote();
            }
        });
        selection.onChange(this::reload);
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addNote));
        reload();
    }

    /** The table's selection and the model's, kept the same both ways. */
    private static <T> void selectWith(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selected.set(now));
        selected.addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                }
            }
        });
    }

    private void reload() {
        int load = ++loads;
        Branch branch = selection.branch().get();
        Integer year = selection.year().get();
        if (branch == null || year == null) {
            model.clear();
            return;
        }
        tasks.run(() -> model.load(notes, branch.id(), year)).onSuccess(d -> {
            if (load == loads) {
                model.show(d);
            }
        }).start();
    }

    private NoteFormDialog.Context context(NotesPageModel.Data d) {
        return new NoteFormDialog.Context(window(), px(), notes, store, tasks, dialogs, files, d.branchId(),
                d.year(), model.currentMembers(), model.today());
    }

    @FXML
    private void addNote() {
        loaded().ifPresent(d -> {
            MemberNotes m = model.selectedMember().get();
            NoteFormDialog.open(context(d), m == null ? null : m.member(), null, selection::dataChanged);
        });
    }

    @FXML
    private void editNote() {
        ReadingNote n = model.picked().getValue();
        if (n != null) {
            loaded().ifPresent(d -> NoteFormDialog.open(context(d), model.memberOf(n), n, selection::dataChanged));
        }
    }

    @FXML
    private void reviewNote() {
        ReadingNote n = model.picked().getValue();
        Branch branch = selection.branch().get();
        if (n != null) {
            loaded().ifPresent(d -> NoteReviewDialog.open(window(), px(), notes, tasks, dialogs, n,
                    model.names().getOrDefault(n.memberId(), ""), branch == null ? null : branch.secretary(),
                    model.today(), selection::dataChanged));
        }
    }

    @FXML
    private void spotCheck() {
        loaded().ifPresent(d -> SpotCheckDialog.open(window(), px(), notes, tasks, dialogs, d.branchId(), d.year(),
                model.names(), model.today(), selection::dataChanged));
    }

    /** What is shown, when it is of the branch and year selected (not a load still on its way). */
    private java.util.Optional<NotesPageModel.Data> loaded() {
        Branch b = selection.branch().get();
        return model.showing(b == null ? null : b.id(), selection.year().get()) ? model.data()
                : java.util.Optional.empty();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private double px() {
        return selection.fontSize().get().pixels();
    }
}
