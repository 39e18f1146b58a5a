package org.branchledger.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.TableColumns;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Selection;

/**
 * 民主评议: binds the page to its {@link AppraisalPageModel} (the year's round, every participant with votes,
 * satisfaction, suggestion and flags; the selected member's form, tallies typed with the keyboard, evidence
 * beside them, final grade with its reason; the 整改事项 with 销号; the follow-up of members graded 不合格;
 * warnings above everything) and opens the editors.
 */
public final class AppraisalController {
    private final AppraisalService service;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final AppraisalPageModel model = new AppraisalPageModel();
    private final AppraisalFormModel form = model.form();
    private int loads;
    /** A load is being shown: the table's selection moves with it, not by the user. */
    private boolean showing;

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private Button roundButton;
    @FXML private VBox warnings;
    @FXML private Tab rectificationTab;
    @FXML private Tab followUpTab;
    @FXML private TableView<MemberAppraisal> memberTable;
    @FXML private Label memberTitle;
    @FXML private TextField excellentField;
    @FXML private TextField qualifiedField;
    @FXML private TextField basicField;
    @FXML private TextField failedField;
    @FXML private TextField satisfiedField;
    @FXML private TextField basicSatisfiedField;
    @FXML private TextField unsatisfiedField;
    @FXML private Label satisfaction;
    @FXML private Label countsError;
    @FXML private Label suggestion;
    @FXML private Label flags;
    @FXML private Label evidence;
    @FXML private ComboBox<String> fiveLeadBox;
    @FXML private TextArea selfArea;
    @FXML private ComboBox<String> gradeBox;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;
    @FXML private Label reasonError;
    @FXML private Button saveButton;
    @FXML private Label formStatus;
    @FXML private ScrollPane formScroll;
    @FXML private Button closeItemButton;
    @FXML private TableView<Rectification> rectificationTable;
    @FXML private Button followUpButton;
    @FXML private TableView<MemberAppraisal> followUpTable;

    public AppraisalController(AppraisalService service, Selection selection, Tasks tasks, Dialogs dialogs) {
        this.service = service;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        AppraisalViewTables.members(memberTable);
        AppraisalViewTables.rectifications(rectificationTable, model::nameOf);
        AppraisalViewTables.followUps(followUpTable, model::followUpOf);
        for (TableView<?> t : List.of(memberTable, rectificationTable, followUpTable)) {
            TableColumns.scaleWithFont(t, selection.fontSize().map(f -> f.pixels()));
        }
        memberTable.setItems(model.members());
        rectificationTable.setItems(model.rectifications());
        followUpTable.setItems(model.followUps());
        bindPage();
        bindForm();
        memberTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> moveTo(old, now));
        roundButton.disableProperty().bind(selection.branch().isNull());
        saveButton.disableProperty().bind(model.canSave().not());
        closeItemButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Rectification r = rectificationTable.getSelectionModel().getSelectedItem();
            return r == null || !r.open();
        }, rectificationTable.getSelectionModel().selectedItemProperty()));
        followUpButton.disableProperty().bind(followUpTable.getSelectionModel().selectedItemProperty().isNull());
        rectificationTable.setOnMouseClicked(e -> onDoubleClick(e.getClickCount(), this::closeRectification));
        followUpTable.setOnMouseClicked(e -> onDoubleClick(e.getClickCount(), this::editFollowUp));
        selection.onChange(this::reload);
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save));
        reload();
    }

    private void bindPage() {
        summary.textProperty().bind(model.summary());
        rectificationTab.textProperty().bind(model.rectificationsTab());
        followUpTab.textProperty().bind(model.followUpsTab());
        memberTitle.textProperty().bind(model.memberTitle());
        evidence.textProperty().bind(model.evidence());
        model.warnings().addListener((ListChangeListener<String>) c -> {
            warnings.getChildren().setAll(model.warnings().stream().map(Label::new).toList());
            warnings.setVisible(!model.warnings().isEmpty());
            warnings.setManaged(warnings.isVisible());
        });
        warnings.setVisible(false);
        warnings.setManaged(false);
    }

    private void bindForm() {
        List<TextField> counts = List.of(excellentField, qualifiedField, basicField, failedField, satisfiedField,
                basicSatisfiedField, unsatisfiedField);
        for (int i = 0; i < counts.size(); i++) {
            counts.get(i).textProperty().bindBidirectional(form.counts().get(i));
            counts.get(i).disableProperty().bind(model.noMember());
        }
        selfArea.textProperty().bindBidirectional(form.self);
        reasonField.textProperty().bindBidirectional(form.reason);
        fiveLeadBox.getItems().setAll(AppraisalPageModel.FIVE_LEAD);
        fiveLeadBox.getEditor().textProperty().bindBidirectional(form.fiveLead);
        gradeBox.getItems().setAll(AppraisalPageModel.gradeChoices());
        gradeBox.valueProperty().bindBidirectional(model.gradeChoice());
        countsError.textProperty().bind(form.countsError());
        satisfaction.textProperty().bind(model.satisfactionLine());
        suggestion.textProperty().bind(model.suggestionLine());
        flags.textProperty().bind(model.flagsLine());
        reasonError.textProperty().bind(model.reasonError());
        reasonLabel.textProperty().bind(model.reasonLabel());
        formStatus.textProperty().bind(model.formStatus());
        gradeBox.disableProperty().bind(model.gradeLocked());
        reasonField.disableProperty().bind(model.gradeLocked());
        selfArea.disableProperty().bind(model.noMember());
        fiveLeadBox.disableProperty().bind(model.noMember());
    }

    private void reload() {
        int load = ++loads;
        Branch branch = selection.branch().get();
        Integer year = selection.year().get();
        if (branch == null || year == null) {
            show(null, 0);
            return;
        }
        tasks.run(() -> service.sheet(branch.id(), year)).onSuccess(s -> {
            if (load == loads) {
                show(s, branch.id());
            }
        }).start();
    }

    private void show(AppraisalSheet s, long branchId) {
        showing = true;
        try {
            if (s == null) {
                model.clear();
                return;
            }
            MemberAppraisal again = model.show(s, branchId);
            memberTable.getSelectionModel().select(again);
            if (again != null) {
                memberTable.scrollTo(again);
                formScroll.setVvalue(0);
            }
        } finally {
            showing = false;
        }
    }

    /** The selection moved: a changed, valid record of the member left is saved on the way (nothing is lost). */
    private void moveTo(MemberAppraisal old, MemberAppraisal now) {
        if (showing) {
            return;
        }
        switch (model.moveTo(old, now)) {
            case STAY -> { }
            case SAVE_FIRST -> store(form.entry(), now == null ? null : now.member().id());
            case REFUSE -> {
                Platform.runLater(() -> memberTable.getSelectionModel().select(old));
                dialogs.showInfo(Messages.get("appraisal.title"), AppraisalPageModel.fixFirst(old));
            }
            case SHOW -> {
                model.load(now);
                formScroll.setVvalue(0); // the next member's form opens at its top, not where the last one was left
            }
        }
    }

    /** 保存 (Ctrl+S): stores the member's record and moves on to the next member, ready to type. */
    @FXML
    private void save() {
        if (model.canSave().get() && loaded().isPresent()) {
            store(form.entry(), model.nextAfterSave());
        }
    }

    private void store(AppraisalEntry entry, Long thenSelect) {
        store(new EditBase<>(AppraisalEntry.class, form.loaded()), entry, thenSelect);
    }

    /** Saves over {@code base}; refused because someone else changed the record, asks once (decision 0025). */
    private void store(EditBase<AppraisalEntry> base, AppraisalEntry entry, Long thenSelect) {
        long branchId = model.sheetBranch();
        int year = model.sheetYear();
        AppraisalEntry loaded = base.get();
        tasks.run(() -> service.saveEntry(branchId, year, loaded, entry)).onSuccess(saved -> {
            model.selectAfterLoad(thenSelect);
            selection.dataChanged();
            excellentField.requestFocus();
        }).onError(error -> base.failed(error, dialogs, () -> store(base, entry, thenSelect), theirs -> {
            model.selectAfterLoad(entry.memberId()); // the page shows their record
            selection.dataChanged();
        })).start();
    }

    @FXML
    private void editRound() {
        loaded().ifPresent(s -> AppraisalEditors.round(window(), px(), service, tasks, dialogs, s.round(),
                selection::dataChanged));
    }

    @FXML
    private void closeRectification() {
        Rectification r = rectificationTable.getSelectionModel().getSelectedItem();
        if (r != null && r.open()) {
            loaded().ifPresent(s -> AppraisalEditors.closeRectification(window(), px(), service, tasks, dialogs, r,
                    s.nameOf(r.memberId()), selection::dataChanged));
        }
    }

    @FXML
    private void editFollowUp() {
        MemberAppraisal m = followUpTable.getSelectionModel().getSelectedItem();
        if (m != null) {
            loaded().ifPresent(s -> AppraisalEditors.followUp(window(), px(), service, tasks, dialogs,
                    s.round().year(), m, s.followUpByMember().get(m.member().id()), selection::dataChanged));
        }
    }

    /** The round shown, when it is of the branch and year selected (not a load still on its way). */
    private Optional<AppraisalSheet> loaded() {
        Branch b = selection.branch().get();
        return model.showing(b == null ? null : b.id(), selection.year().get());
    }

    private static void onDoubleClick(int clicks, Runnable action) {
        if (clicks == 2) {
            action.run();
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private double px() {
        return selection.fontSize().get().pixels();
    }
}
