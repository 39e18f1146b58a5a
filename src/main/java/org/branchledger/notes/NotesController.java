package org.branchledger.notes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.Member;
import org.branchledger.core.ui.Selection;

/**
 * 笔记心得: every current member's essays against the year's rule, the selected member's notes and essays,
 * the review queue (oldest first, overdue in red), 新增 / 编辑, 批改 and 抽查. Reloads on any change.
 */
public final class NotesController {
    /** What one load brings: the standings, the year's notes, the review queue. */
    record Data(long branchId, int year, List<MemberNotes> standings, List<ReadingNote> notes,
                List<ReviewQueueEntry> queue) {
    }

    private final NotesService notes;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final FileChooser files;
    private final AttachmentStore store;
    private final java.time.Clock clock;
    private Data data;
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
                           Path dataFolder, java.time.Clock clock) {
        this.clock = clock;
        this.notes = notes;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.store = new AttachmentStore(notes, dataFolder);
    }

    @FXML
    private void initialize() {
        NotesViewTables.members(memberTable);
        NotesViewTables.notes(noteTable);
        NotesViewTables.queue(queueTable);
        for (javafx.scene.control.TableView<?> t : java.util.List.of(memberTable, noteTable, queueTable)) {
            org.branchledger.core.ui.TableColumns.scaleWithFont(t, selection.fontSize().map(f -> f.pixels()));
        }
        memberTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showMember(now));
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
        var noBranch = selection.branch().isNull();
        addButton.disableProperty().bind(noBranch);
        spotButton.disableProperty().bind(noBranch);
        var noNote = noteTable.getSelectionModel().selectedItemProperty().isNull()
                .and(queueTable.getSelectionModel().selectedItemProperty().isNull());
        editButton.disableProperty().bind(noNote);
        reviewButton.disableProperty().bind(noNote);
        selection.onChange(this::reload);
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addNote));
        reload();
    }

    private void reload() {
        int load = ++loads;
        Branch branch = selection.branch().get();
        Integer year = selection.year().get();
        if (branch == null || year == null) {
            show(null);
            return;
        }
        tasks.run(() -> new Data(branch.id(), year, notes.standings(branch.id(), year), notes.notes(branch.id(), year),
                notes.reviewQueue(branch.id(), LocalDate.now(clock)))).onSuccess(d -> {
                    if (load == loads) {
                        show(d);
                    }
                }).start();
    }

    private void show(Data d) {
        MemberNotes picked = memberTable.getSelectionModel().getSelectedItem();
        Long keep = picked == null ? null : picked.member().id();
        data = d;
        memberTable.getItems().setAll(d == null ? List.of() : d.standings());
        queueTable.getItems().setAll(d == null ? List.of() : d.queue());
        long overdue = d == null ? 0 : d.queue().stream().filter(ReviewQueueEntry::overdue).count();
        queueCount.setText(Messages.get("notesScreen.queue.count", queueTable.getItems().size(), overdue));
        queueTab.setText(Messages.get("notesScreen.tab.queue", queueTable.getItems().size()));
        if (d == null) {
            summary.setText("");
            showMember(null);
            return;
        }
        long yes = d.standings().stream().filter(s -> s.standing().compliance() == EssayRule.Compliance.YES).count();
        long exempt = d.standings().stream()
                .filter(s -> s.standing().compliance() == EssayRule.Compliance.EXEMPT).count();
        summary.setText(Messages.get("notesScreen.summary", d.year(), yes, exempt, d.standings().size()));
        MemberNotes again = d.standings().stream().filter(s -> Objects.equals(s.member().id(), keep)).findFirst()
                .orElse(d.standings().isEmpty() ? null : d.standings().get(0));
        memberTable.getSelectionModel().select(again);
        showMember(again);
    }

    private void showMember(MemberNotes m) {
        if (m == null || data == null) {
            memberTitle.setText(Messages.get("notesScreen.member.none"));
            noteTable.getItems().clear();
            return;
        }
        memberTitle.setText(Messages.get("notesScreen.member.title", m.member().name(),
                NotesViewTables.essays(m), m.standing().compliance().label()));
        ReadingNote picked = noteTable.getSelectionModel().getSelectedItem();
        noteTable.getItems().setAll(data.notes().stream()
                .filter(n -> n.memberId() == m.member().id()).toList());
        if (picked != null) {
            noteTable.getItems().stream().filter(n -> Objects.equals(n.id(), picked.id())).findFirst()
                    .ifPresent(noteTable.getSelectionModel()::select);
        }
    }

    /** The note picked: in the queue when that tab is shown, otherwise in the member's list. */
    private ReadingNote pickedNote() {
        if (tabs.getSelectionModel().getSelectedItem() == queueTab) {
            ReviewQueueEntry e = queueTable.getSelectionModel().getSelectedItem();
            return e == null ? null : e.note();
        }
        return noteTable.getSelectionModel().getSelectedItem();
    }

    private Map<Long, String> names() {
        return data.standings().stream().collect(Collectors.toMap(s -> s.member().id(), s -> s.member().name()));
    }

    private NoteFormDialog.Context context() {
        List<Member> members = data.standings().stream().map(MemberNotes::member).toList();
        return new NoteFormDialog.Context(window(), px(), notes, store, tasks, dialogs, files, data.branchId(),
                data.year(), members, LocalDate.now(clock));
    }

    @FXML
    private void addNote() {
        if (loaded()) {
            MemberNotes m = memberTable.getSelectionModel().getSelectedItem();
            NoteFormDialog.open(context(), m == null ? null : m.member(), null, selection::dataChanged);
        }
    }

    @FXML
    private void editNote() {
        ReadingNote n = pickedNote();
        if (loaded() && n != null) {
            Member m = data.standings().stream().map(MemberNotes::member)
                    .filter(x -> x.id() == n.memberId()).findFirst().orElse(null);
            NoteFormDialog.open(context(), m, n, selection::dataChanged);
        }
    }

    @FXML
    private void reviewNote() {
        ReadingNote n = pickedNote();
        if (loaded() && n != null) {
            NoteReviewDialog.open(window(), px(), notes, tasks, dialogs, n, names().getOrDefault(n.memberId(), ""),
                    selection.branch().get() == null ? null : selection.branch().get().secretary(),
                    LocalDate.now(clock), selection::dataChanged);
        }
    }

    @FXML
    private void spotCheck() {
        if (loaded()) {
            SpotCheckDialog.open(window(), px(), notes, tasks, dialogs, data.branchId(), data.year(), names(),
                    LocalDate.now(clock), selection::dataChanged);
        }
    }

    /** Whether what is shown is of the branch and year selected (not a load still on its way). */
    private boolean loaded() {
        Branch b = selection.branch().get();
        return data != null && b != null && data.branchId() == b.id()
                && Objects.equals(data.year(), selection.year().get());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private double px() {
        return selection.fontSize().get().pixels();
    }
}
