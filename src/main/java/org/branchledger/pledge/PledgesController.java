package org.branchledger.pledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.TableColumns;
import org.branchledger.core.ui.Tasks;
import org.branchledger.pledge.PledgeSteps.Step;
import org.branchledger.roster.RosterService;
import org.branchledger.core.ui.Selection;

/**
 * 公开承诺: binds the page to its {@link PledgesPageModel} (the year's pledges with their status, the selected
 * pledge's whole life, its steps as actions: 审诺, 示诺, 登记进展, 述诺, 评诺, 说明; the leaders' comments and the
 * activity records) and opens the forms. Reloads on any change.
 */
public final class PledgesController {
    private final PledgeService pledges;
    private final RosterService roster;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final PledgesPageModel model = new PledgesPageModel();
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
    @FXML private TabPane tabs;
    @FXML private Tab pledgesTab;
    @FXML private Separator stepSeparator;
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
        PledgesViewTables.pledges(pledgeTable);
        PledgesViewTables.comments(commentTable);
        PledgesViewTables.activities(activityTable, model::memberName);
        for (TableView<?> t : List.of(pledgeTable, commentTable, activityTable)) {
            TableColumns.scaleWithFont(t, selection.fontSize().map(f -> f.pixels()));
        }
        pledgeTable.setItems(model.pledges());
        commentTable.setItems(model.comments());
        activityTable.setItems(model.activities());
        pledgeTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selected().set(now));
        bindTexts();
        Map<Step, Button> steps = Map.of(Step.EDIT, editButton, Step.APPROVE, approveButton, Step.PUBLISH,
                publishButton, Step.PROGRESS, progressButton, Step.REPORT, reportButton, Step.EVALUATE, evaluateButton,
                Step.EXPLAIN, explainButton);
        steps.forEach((step, button) -> {
            button.disableProperty().bind(model.offered(step).not());
            button.setOnAction(e -> step(step));
        });
        // 编辑 and the steps of a pledge's life act on the selected pledge: shown only beside the pledge list.
        var onPledges = tabs.getSelectionModel().selectedItemProperty().isEqualTo(pledgesTab);
        for (Node n : List.of(editButton, stepSeparator, approveButton, publishButton, progressButton, reportButton,
                evaluateButton, explainButton)) {
            n.visibleProperty().bind(onPledges);
            n.managedProperty().bind(onPledges);
        }
        var noBranch = selection.branch().isNull();
        for (Button b : List.of(addButton, commentButton, activityButton)) {
            b.disableProperty().bind(noBranch);
        }
        pledgeTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editPledge();
            }
        });
        pledgeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editPledge();
            }
        });
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addPledge));
        selection.onChange(this::reload);
        reload();
    }

    private void bindTexts() {
        summary.textProperty().bind(model.summary());
        commentFlag.textProperty().bind(model.commentFlag());
        model.commentDue().addListener((obs, was, due) -> {
            commentFlag.getStyleClass().remove("pledge-flag");
            if (due) {
                commentFlag.getStyleClass().add("pledge-flag");
            }
        });
        commentsTab.textProperty().bind(model.commentsTab());
        activitiesTab.textProperty().bind(model.activitiesTab());
        detailHead.textProperty().bind(model.detailHead());
        detailWarning.textProperty().bind(model.detailWarning());
        detailBody.textProperty().bind(model.detailBody());
    }

    private void reload() {
        int load = ++loads;
        Branch branch = selection.branch().get();
        Integer year = selection.year().get();
        if (branch == null || year == null) {
            model.clear();
            return;
        }
        tasks.run(() -> PledgesPageModel.load(pledges, roster, branch.id(), year)).onSuccess(d -> {
            if (load == loads) {
                show(d);
            }
        }).start();
    }

    private void show(PledgesPageModel.Data d) {
        PledgeView before = model.selected().get();
        PledgeView again = model.show(d);
        pledgeTable.getSelectionModel().select(again);
        if (again != null && (before == null || !Objects.equals(again.pledge().id(), before.pledge().id()))) {
            pledgeTable.scrollTo(again);
        }
    }

    private PledgeDialogs.Context context(PledgesPageModel.Data data) {
        Branch b = selection.branch().get();
        return new PledgeDialogs.Context(window(), selection.fontSize().get().pixels(), pledges, tasks, dialogs,
                data.branchId(), data.year(), data.members(), b == null ? null : b.secretary(), selection::dataChanged,
                saved -> model.selectAfterLoad(saved.id()));
    }

    /** The data shown, when it is of the branch and year selected (not a load still on its way). */
    private Optional<PledgesPageModel.Data> loaded() {
        Branch b = selection.branch().get();
        return model.showing(b == null ? null : b.id(), selection.year().get()) ? model.data() : Optional.empty();
    }

    @FXML
    private void addPledge() {
        loaded().ifPresent(d -> PledgeDialogs.pledge(context(d), null));
    }

    private void editPledge() {
        step(Step.EDIT);
    }

    /** A step of the selected pledge: its form, or why it cannot happen yet (示诺 without a 完成时限). */
    private void step(Step step) {
        PledgeView v = model.selected().get();
        Optional<PledgesPageModel.Data> d = loaded();
        if (d.isEmpty() || v == null) {
            return;
        }
        Optional<String> refusal = model.refusal(step);
        if (refusal.isPresent()) {
            dialogs.showError(UserError.badInput(refusal.get()));
        } else if (step == Step.EDIT) {
            PledgeDialogs.pledge(context(d.get()), v);
        } else {
            PledgeDialogs.step(context(d.get()), v, step);
        }
    }

    @FXML
    private void addComment() {
        loaded().ifPresent(d -> PledgeDialogs.comment(context(d)));
    }

    @FXML
    private void addActivity() {
        loaded().ifPresent(d -> PledgeDialogs.activity(context(d), model.selectedMember()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
