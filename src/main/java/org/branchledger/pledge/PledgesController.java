package org.branchledger.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;
import org.branchledger.core.ui.Selection;

/**
 * 公开承诺: the year's branch and member pledges with their derived status, the selected pledge's whole life,
 * its next steps as actions (审诺, 示诺, 登记进展, 述诺, 评诺, 说明), the leaders' comments and the activity
 * records. Reloads on any change.
 */
public final class PledgesController {
    /** What one load brings. */
    record Data(long branchId, int year, PledgeService.Overview overview, List<Member> members) {
    }

    private final PledgeService pledges;
    private final RosterService roster;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private Data data;
    /** The pledge just saved in a form: selected once the list is read again. */
    private Long selectAfterLoad;
    private int loads;

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button approveButton;
    @FXML private Button publishButton;
    @FXML private Button progressButton;
    @FXML private Button reportButton;
    @FXML private Button evaluateButton;
    @FXML private Button explainButton;
    @FXML private Button commentButton;
    @FXML private Button activityButton;
    @FXML private Tab commentsTab;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private Tab pledgesTab;
    @FXML private javafx.scene.control.Separator stepSeparator;
    @FXML private Tab activitiesTab;
    @FXML private TableView<PledgeView> pledgeTable;
    @FXML private Label detailHead;
    @FXML private Label detailWarning;
    @FXML private Label detailBody;
    @FXML private Label commentFlag;
    @FXML private TableView<LeaderComment> commentTable;
    @FXML private TableView<ActivityRecord> activityTable;

    public PledgesController(PledgeService pledges, RosterService roster, Selection selection, Tasks tasks,
                             Dialogs dialogs) {
        this.pledges = pledges;
        this.roster = roster;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        pledgeTable.getColumns().setAll(List.of(
                column("pledge.screen.col.who", 64, PledgeView::who),
                column("pledge.screen.col.category", 100, v -> v.pledge().category().label()),
                wrapping(column("pledge.screen.col.content", 300, v -> v.pledge().content())),
                column("pledge.screen.col.deadline", 92, v -> PledgesLedger.date(v.pledge().deadline())),
                column("pledge.screen.col.status", 70, v -> v.status().label())));
        pledgeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pledgeTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PledgeView v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("overdue-row", "notkept-row", "unpublished-row");
                if (!empty && v != null) {
                    switch (v.status()) {
                        case OVERDUE -> getStyleClass().add("overdue-row");
                        case NOT_KEPT, PARTLY_KEPT -> getStyleClass().add("notkept-row");
                        case UNPUBLISHED -> getStyleClass().add("unpublished-row");
                        default -> { }
                    }
                }
            }
        });
        pledgeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetail(now));
        // 编辑 and the steps of a pledge's life act on the selected pledge: shown only beside the pledge list.
        var onPledges = tabs.getSelectionModel().selectedItemProperty().isEqualTo(pledgesTab);
        for (javafx.scene.Node n : List.of(editButton, stepSeparator, approveButton, publishButton, progressButton,
                reportButton, evaluateButton, explainButton)) {
            n.visibleProperty().bind(onPledges);
            n.managedProperty().bind(onPledges);
        }
        pledgeTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editPledge();
            }
        });
        commentTable.getColumns().setAll(List.of(
                this.<LeaderComment>column("pledge.screen.col.date", 100, c -> c.commentedOn().toString()),
                this.<LeaderComment>column("pledge.screen.col.commenter", 160, LeaderComment::commenter),
                wrapping(this.<LeaderComment>column("pledge.screen.col.comment", 500, LeaderComment::comment))));
        commentTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        activityTable.getColumns().setAll(List.of(
                this.<ActivityRecord>column("pledge.screen.col.date", 100, a -> a.doneOn().toString()),
                this.<ActivityRecord>column("pledge.screen.col.member", 80, a -> memberName(a.memberId())),
                wrapping(this.<ActivityRecord>column("pledge.screen.col.activity", 220, ActivityRecord::activity)),
                this.<ActivityRecord>column("pledge.screen.col.contribution", 220, a -> nz(a.contribution())),
                this.<ActivityRecord>column("pledge.screen.col.effect", 220, a -> nz(a.effect()))));
        activityTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (TableView<?> t : List.of(pledgeTable, commentTable, activityTable)) {
            org.branchledger.core.ui.TableColumns.scaleWithFont(t, selection.fontSize().map(f -> f.pixels()));
        }
        var noBranch = selection.branch().isNull();
        addButton.disableProperty().bind(noBranch);
        commentButton.disableProperty().bind(noBranch);
        activityButton.disableProperty().bind(noBranch);
        showDetail(null);
        selection.onChange(this::reload);
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addPledge));
        pledgeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editPledge();
            }
        });
        reload();
    }

    /** A long text column whose text wraps (the row grows) instead of ending in "…" at 特大. */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> c) {
        c.setCellFactory(col -> new org.branchledger.core.ui.WrappingCell<>());
        return c;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width); // at the standard font size; scaled with the font (TableColumns)
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private void reload() {
        int load = ++loads;
        Branch branch = selection.branch().get();
        Integer year = selection.year().get();
        if (branch == null || year == null) {
            show(null);
            return;
        }
        tasks.run(() -> new Data(branch.id(), year, pledges.overview(branch.id(), year), roster.members(branch.id())))
                .onSuccess(d -> {
                    if (load == loads) {
                        show(d);
                    }
                }).start();
    }

    private void show(Data d) {
        PledgeView picked = pledgeTable.getSelectionModel().getSelectedItem();
        Long keep = selectAfterLoad != null ? selectAfterLoad : picked == null ? null : picked.pledge().id();
        if (d != null) {
            selectAfterLoad = null;
        }
        data = d;
        List<PledgeView> views = d == null ? List.of() : d.overview().pledges();
        pledgeTable.getItems().setAll(views);
        commentTable.getItems().setAll(d == null ? List.of() : d.overview().comments());
        activityTable.getItems().setAll(d == null ? List.of() : d.overview().activities());
        commentsTab.setText(Messages.get("pledge.screen.tab.comments", commentTable.getItems().size()));
        activitiesTab.setText(Messages.get("pledge.screen.tab.activities", activityTable.getItems().size()));
        if (d == null) {
            summary.setText("");
            commentFlag.setText("");
            showDetail(null);
            return;
        }
        Map<PledgeStatus, Long> counts = views.stream()
                .collect(Collectors.groupingBy(PledgeView::status, Collectors.counting()));
        long ofBranch = views.stream().filter(v -> v.pledge().ofBranch()).count();
        List<Object> args = new ArrayList<>(List.of(d.year(), views.size(), ofBranch, views.size() - ofBranch));
        for (PledgeStatus s : PledgeStatus.values()) {
            args.add(counts.getOrDefault(s, 0L));
        }
        summary.setText(Messages.get("pledge.screen.summary", args.toArray()));
        PledgeService.Flags f = d.overview().flags();
        commentFlag.setText(f.lastComment() == null ? Messages.get("pledge.screen.flag.commentNever")
                : Messages.get(f.commentDue() ? "pledge.screen.flag.comment" : "pledge.screen.flag.commentOk",
                        f.lastComment().toString()));
        commentFlag.getStyleClass().remove("pledge-flag");
        if (f.commentDue()) {
            commentFlag.getStyleClass().add("pledge-flag");
        }
        PledgeView again = views.stream().filter(v -> Objects.equals(v.pledge().id(), keep)).findFirst()
                .orElse(views.isEmpty() ? null : views.get(0));
        pledgeTable.getSelectionModel().select(again);
        if (again != null && !Objects.equals(again.pledge().id(), picked == null ? null : picked.pledge().id())) {
            pledgeTable.scrollTo(again);
        }
        showDetail(again);
    }

    /** The selected pledge's whole life, and which of its steps can be taken now. */
    private void showDetail(PledgeView v) {
        Pledge p = v == null ? null : v.pledge();
        editButton.setDisable(p == null);
        approveButton.setDisable(p == null || p.publishedOn() != null);
        publishButton.setDisable(p == null || p.publishedOn() != null);
        progressButton.setDisable(p == null || p.publishedOn() == null || p.verdict() != null);
        reportButton.setDisable(p == null || p.publishedOn() == null);
        evaluateButton.setDisable(p == null || p.publishedOn() == null);
        explainButton.setDisable(p == null || p.verdict() == null || !p.verdict().needsExplanation());
        if (p == null) {
            detailHead.setText(Messages.get("pledge.screen.detail.none"));
            detailWarning.setText("");
            detailBody.setText("");
            return;
        }
        detailHead.setText(PledgeDetail.head(v));
        List<String> warnings = PledgeWording.warnings(p.content());
        detailWarning.setText(warnings.isEmpty() ? "" : Messages.get("pledge.screen.warning",
                String.join("；", warnings)));
        detailBody.setText(String.join("\n", PledgeDetail.lines(v)));
    }

    private PledgeView picked() {
        return pledgeTable.getSelectionModel().getSelectedItem();
    }

    private PledgeDialogs.Context context() {
        Branch b = selection.branch().get();
        return new PledgeDialogs.Context(window(), selection.fontSize().get().pixels(), pledges, tasks, dialogs,
                data.branchId(), data.year(), data.members(), b == null ? null : b.secretary(), selection::dataChanged,
                saved -> selectAfterLoad = saved.id());
    }

    @FXML
    private void addPledge() {
        if (loaded()) {
            PledgeDialogs.pledge(context(), null);
        }
    }

    @FXML
    private void editPledge() {
        if (loaded() && picked() != null) {
            PledgeDialogs.pledge(context(), picked());
        }
    }

    @FXML
    private void approve() {
        if (loaded() && picked() != null) {
            PledgeDialogs.approve(context(), picked());
        }
    }

    @FXML
    private void publish() {
        if (loaded() && picked() != null) {
            if (picked().pledge().deadline() == null) {
                dialogs.showError(UserError.badInput(Messages.get("pledge.error.noDeadline")));
                return;
            }
            PledgeDialogs.publish(context(), picked());
        }
    }

    @FXML
    private void progress() {
        if (loaded() && picked() != null) {
            PledgeDialogs.progress(context(), picked());
        }
    }

    @FXML
    private void report() {
        if (loaded() && picked() != null) {
            PledgeDialogs.report(context(), picked());
        }
    }

    @FXML
    private void evaluate() {
        if (loaded() && picked() != null) {
            PledgeDialogs.evaluate(context(), picked());
        }
    }

    @FXML
    private void explain() {
        if (loaded() && picked() != null) {
            PledgeDialogs.explain(context(), picked());
        }
    }

    @FXML
    private void addComment() {
        if (loaded()) {
            PledgeDialogs.comment(context());
        }
    }

    @FXML
    private void addActivity() {
        if (loaded()) {
            PledgeView v = picked();
            Member m = v == null || v.pledge().memberId() == null ? null : data.members().stream()
                    .filter(x -> x.id().equals(v.pledge().memberId())).findFirst().orElse(null);
            PledgeDialogs.activity(context(), m);
        }
    }

    private String memberName(long id) {
        return data == null ? "" : data.members().stream().filter(m -> m.id() == id).map(Member::name).findFirst()
                .orElse("");
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
