package org.branchledger.study;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.RosterService;
import org.branchledger.core.ui.Selection;
import org.branchledger.study.AttendanceGridModel.Row;
import org.branchledger.study.StudyPageModel.SessionRow;

/**
 * 学习考勤: the selected branch's sessions of the selected year with each session's 考勤 grid, every
 * current member's hours against the year's rule, 登记自学 and 年度设置, and the selected session's 学习签到表
 * (offered right after 新增活动). Reloads when the branch, the
 * year or the data change; an unsaved grid survives reloads and is never dropped without asking.
 */
public final class StudyController {
    private final StudyService study;
    private final RosterService roster;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final java.time.Clock clock;
    private final StudyFiles files;
    private final StudyPageModel model = new StudyPageModel();
    private final SigninSheet signin;
    private final FileChooser chooser;
    private final SigninPrintModel signinLine = new SigninPrintModel();
    private final ObservableValue<Number> fontPixels;
    private AttendanceGridPane grid;
    private int loads;
    private int gridLoads;
    private Long gridSession; // the session whose grid shows or is being read
    private Long wantedSession;
    private boolean quiet; // selecting a session in code: no unsaved question

    @FXML private VBox root;
    @FXML private Label ruleLine;
    @FXML private Button selfStudyButton;
    @FXML private Button settingsButton;
    @FXML private Button importButton;
    @FXML private TabPane tabs;
    @FXML private Tab hoursTab;
    @FXML private Button addSessionButton;
    @FXML private Label sessionCount;
    @FXML private Button signinButton;
    @FXML private HBox signinBar;
    @FXML private Label signinMessage;
    @FXML private Button signinNow;
    @FXML private Button signinLater;
    @FXML private ProgressIndicator signinProgress;
    @FXML private TableView<SessionRow> sessionTable;
    @FXML private Label sessionTitle;
    @FXML private Label gridHint;
    @FXML private Label gridCounts;
    @FXML private TableView<Row> gridTable;
    @FXML private FlowPane statusKeys;
    @FXML private Label unsaved;
    @FXML private Button revertButton;
    @FXML private Button saveButton;
    @FXML private Label hoursSummary;
    @FXML private CheckBox onlyShort;
    @FXML private TableView<MemberHours> hoursTable;
    private StudyViewHours hoursView;

    public StudyController(StudyService study, RosterService roster, Selection selection, Tasks tasks, Dialogs dialogs,
                           StudyFiles files, SigninSheet signin, FileChooser chooser, java.time.Clock clock) {
        this.clock = clock;
        this.files = files;
        this.signin = signin;
        this.chooser = chooser;
        this.study = study;
        this.roster = roster;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.fontPixels = Bindings.createIntegerBinding(() -> selection.fontSize().get().pixels(), selection.fontSize());
    }

    @FXML
    private void initialize() {
        StudyViewSessions.install(sessionTable, fontPixels);
        sessionTable.setItems(model.sessions());
        grid = new AttendanceGridPane(new AttendanceGridPane.Controls(gridTable, statusKeys, sessionTitle, gridCounts,
                unsaved, revertButton, saveButton), fontPixels, this::window, study, tasks, dialogs,
                selection::dataChanged, clock);
        // The keyboard hint takes a line only where it fits on one (标准, 较大): at 特大 on a small screen the grid
        // gets that room, and the hint stays on the status keys as their tooltip.
        javafx.scene.control.Tooltip.install(statusKeys, new javafx.scene.control.Tooltip(gridHint.getText()));
        javafx.scene.layout.Region hintRow = (javafx.scene.layout.Region) gridHint.getParent();
        var hintFits = Bindings.createBooleanBinding(() -> hintRow.getWidth() >= gridHint.prefWidth(-1) + 16,
                hintRow.widthProperty(), fontPixels);
        gridHint.visibleProperty().bind(hintFits);
        gridHint.managedProperty().bind(hintFits);
        hoursView = new StudyViewHours(hoursTable, model.hours(), onlyShort, fontPixels);
        ruleLine.textProperty().bind(model.ruleLine());
        hoursSummary.textProperty().bind(model.hoursSummary());
        sessionCount.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("studyScreen.sessions.count", model.sessions().size()), model.sessions()));

        var noBranch = selection.branch().isNull();
        addSessionButton.disableProperty().bind(noBranch);
        selfStudyButton.disableProperty().bind(noBranch);
        settingsButton.disableProperty().bind(noBranch);
        importButton.disableProperty().bind(noBranch);
        sessionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> picked(old, now));
        sessionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!quiet && now != null) { // not the list being refilled, which passes over other rows
                signinLine.picked(now.session());
            }
        });
        signinButton.disableProperty().bind(noBranch.or(sessionTable.getSelectionModel().selectedItemProperty().isNull())
                .or(signinLine.busy()));
        signinMessage.textProperty().bind(signinLine.message());
        signinBar.visibleProperty().bind(signinLine.message().isNotEmpty());
        signinBar.managedProperty().bind(signinBar.visibleProperty());
        signinNow.visibleProperty().bind(signinLine.offering());
        signinNow.managedProperty().bind(signinNow.visibleProperty());
        signinLater.visibleProperty().bind(signinLine.offering());
        signinLater.managedProperty().bind(signinLater.visibleProperty());
        signinProgress.visibleProperty().bind(signinLine.busy());
        signinProgress.managedProperty().bind(signinProgress.visibleProperty());

        selection.branch().addListener((obs, old, now) -> scopeChanged());
        selection.year().addListener((obs, old, now) -> scopeChanged());
        selection.revision().addListener((obs, old, now) -> reload());
        installShortcuts();
        reload();
    }

    /** Ctrl+N (新增活动) and Ctrl+S (保存考勤) work while this page is shown, and only then. */
    private void installShortcuts() {
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addSession,
                Forms.SAVE, grid::save));
    }

    /** Another branch or year: an unsaved grid is saved or dropped first, then the page reloads. */
    private void scopeChanged() {
        signinLine.dismiss();
        AttendanceGridModel g = grid.model().get();
        if (g == null || !g.dirty().get()) {
            reload();
            return;
        }
        StudyDialogs.askToSave(window(), px(), AttendanceGridPane.title(g.session()), false, answer -> {
            if (answer.orElse(false)) {
                grid.save(g);
            }
            grid.model().set(null);
            reload();
        });
    }

    private void reload() {
        int load = ++loads;
        ++gridLoads; // a session's grid still being read belongs to what is reloaded: it is not shown
        Branch branch = selection.branch().get();
        Integer year = selection.year().get();
        if (branch == null || year == null) {
            model.clear();
            grid.model().set(null);
            return;
        }
        tasks.run(() -> StudyPageModel.load(study, roster, branch.id(), year)).onSuccess(data -> {
            if (load == loads) {
                show(data);
            }
        }).start();
    }

    private void show(StudyPageModel.Data data) {
        AttendanceGridModel kept = grid.model().get();
        boolean keep = kept != null && kept.dirty().get() && kept.session().branchId() == data.branchId()
                && data.sessions().stream().anyMatch(s -> Objects.equals(s.id(), kept.session().id()));
        Long want = keep ? kept.session().id() : wantedSession != null ? wantedSession
                : kept != null ? kept.session().id() : gridSession;
        wantedSession = null;
        quiet = true;
        try {
            model.show(data);
            hoursView.fraction(StudyPageModel.fraction(data.settings()));
            SessionRow row = model.sessions().stream().filter(r -> Objects.equals(r.session().id(), want)).findFirst()
                    .orElse(model.sessions().isEmpty() ? null : model.sessions().get(model.sessions().size() - 1));
            sessionTable.getSelectionModel().select(row);
            if (row != null) {
                Platform.runLater(() -> StudyViewColumns.reveal(sessionTable, sessionTable.getItems().indexOf(row)));
            }
            if (!keep) {
                openGrid(row);
            }
        } finally {
            quiet = false;
        }
    }

    /** A session picked in the list: an unsaved grid of another session is saved, dropped, or kept. */
    private void picked(SessionRow old, SessionRow now) {
        if (quiet) {
            return;
        }
        AttendanceGridModel g = grid.model().get();
        if (g == null || !g.dirty().get() || now != null && Objects.equals(now.session().id(), g.session().id())) {
            if (g == null || !g.dirty().get()) {
                openGrid(now);
            }
            return;
        }
        StudyDialogs.askToSave(window(), px(), AttendanceGridPane.title(g.session()), true, answer -> {
            if (answer.isEmpty()) {
                Platform.runLater(() -> {
                    quiet = true;
                    sessionTable.getSelectionModel().select(old);
                    quiet = false;
                });
                return;
            }
            if (answer.get()) {
                grid.save(g);
            }
            openGrid(now);
        });
    }

    /**
     * Shows a session's grid, its attendance read off the FX thread; a later pick or load wins. Another session's
     * grid is emptied meanwhile (some milliseconds), so nothing is typed into the one the user left; the same
     * session's grid stays, and if something is typed into it meanwhile, that stands.
     */
    private void openGrid(SessionRow row) {
        int load = ++gridLoads;
        AttendanceGridModel shown = grid.model().get();
        boolean same = shown != null && row != null && Objects.equals(shown.session().id(), row.session().id());
        if (!same) {
            grid.model().set(null);
        }
        gridSession = row == null ? null : row.session().id();
        if (row == null) {
            return;
        }
        StudySession session = row.session();
        tasks.run(() -> study.attendance(session.id())).onSuccess(rows -> {
            boolean typedMeanwhile = same && grid.model().get() == shown && shown.dirty().get();
            if (load == gridLoads && !typedMeanwhile) {
                grid.model().set(model.grid(session, rows));
            }
        }).start();
    }

    @FXML
    private void addSession() {
        loaded().ifPresent(d -> SessionFormDialog.open(window(), px(), study, tasks, dialogs, today(), d.branchId(), d.year(),
                model.sessions().stream().map(SessionRow::session).toList(), model.currentMembers(), saved -> {
                    tabs.getSelectionModel().selectFirst();
                    wantedSession = saved.id();
                    selection.dataChanged();
                    grid.focus();
                    // The sheet is printed before the session: offer it now, without taking the keyboard away.
                    Platform.runLater(() -> signinLine.offer(saved));
                }));
    }

    /** 打印签到表…: the selected session's sheet, saved as PDF where the user chooses. */
    @FXML
    private void printSignin() {
        SessionRow row = sessionTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            printSignin(row.session());
        }
    }

    /** 现在打印 on the offer made after 新增活动. */
    @FXML
    private void printOffered() {
        StudySession offered = signinLine.offered();
        if (offered != null) {
            printSignin(offered);
        }
    }

    @FXML
    private void dismissSignin() {
        signinLine.dismiss();
    }

    private void printSignin(StudySession session) {
        Branch branch = selection.branch().get();
        if (branch == null || branch.id() != session.branchId()) {
            return;
        }
        Optional<java.nio.file.Path> target = chooser.save(window(), Messages.get("studyScreen.signin.choose"),
                SigninSheet.fileName(branch.name(), session), "PDF", "*.pdf");
        if (target.isEmpty()) {
            return;
        }
        java.nio.file.Path file = target.get();
        signinLine.started(session);
        tasks.run(() -> signin.print(branch, session, file))
                .onSuccess(code -> signinLine.done(file, code))
                .onError(error -> {
                    signinLine.failed(error instanceof org.branchledger.core.UserError ? error.getMessage()
                            : Messages.get("studyScreen.signin.unexpected"));
                    if (!(error instanceof org.branchledger.core.UserError)) {
                        tasks.reportUnexpected(error);
                    }
                }).start();
    }

    @FXML
    private void addSelfStudy() {
        MemberHours picked = tabs.getSelectionModel().getSelectedItem() == hoursTab
                ? hoursTable.getSelectionModel().getSelectedItem() : null;
        loaded().ifPresent(d -> SelfStudyDialog.open(window(), px(), study, tasks, dialogs, today(), d.branchId(), d.year(),
                model.currentMembers(), picked == null ? null : picked.member(), selection::dataChanged));
    }

    @FXML
    private void importStudy() {
        Branch branch = selection.branch().get();
        if (branch != null) {
            files.importStudy(window(), branch, selection::dataChanged);
        }
    }

    @FXML
    private void editSettings() {
        loaded().ifPresent(d -> StudySettingsDialog.open(window(), px(), study, tasks, dialogs, d.branchId(), d.year(),
                d.settings(), selection::dataChanged));
    }

    /** What is shown, if it is of the branch and year selected (not a load still on its way). */
    private Optional<StudyPageModel.Data> loaded() {
        Branch branch = selection.branch().get();
        return model.data().filter(d -> branch != null && d.branchId() == branch.id()
                && Objects.equals(d.year(), selection.year().get()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private double px() {
        return fontPixels.getValue().doubleValue();
    }

    /** The day a new session or self-study entry starts on: the app's today. */
    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }
}
