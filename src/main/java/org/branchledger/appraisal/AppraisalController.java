package org.branchledger.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import org.branchledger.core.ui.PageKeys;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Selection;

/**
 * 民主评议: the year's round, every participant with votes, satisfaction, suggestion and flags; the selected
 * member's form (tallies typed with the keyboard, evidence beside them, final grade with its reason); the
 * 整改事项 with 销号; the follow-up of members graded 不合格. Warnings (⅓ 优秀, flags) above everything.
 */
public final class AppraisalController {
    static final List<String> FIVE_LEAD = List.of("好", "较好", "一般", "差");

    private final AppraisalService service;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final AppraisalFormModel form = new AppraisalFormModel();
    private AppraisalSheet sheet;
    private long sheetBranch;
    private int loads;
    private Long selectAfterLoad;
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
    @FXML private javafx.scene.control.ScrollPane formScroll;
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
        AppraisalViewTables.rectifications(rectificationTable, id -> sheet == null ? "" : sheet.nameOf(id));
        AppraisalViewTables.followUps(followUpTable,
                id -> sheet == null ? null : sheet.followUpByMember().get(id));
        for (TableView<?> t : List.of(memberTable, rectificationTable, followUpTable)) {
            org.branchledger.core.ui.TableColumns.scaleWithFont(t, selection.fontSize().map(f -> f.pixels()));
        }
        bindForm();
        memberTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> switchTo(old, now));
        var noBranch = selection.branch().isNull();
        roundButton.disableProperty().bind(noBranch);
        saveButton.disableProperty().bind(form.valid().not().or(form.dirty().not()));
        closeItemButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Rectification r = rectificationTable.getSelectionModel().getSelectedItem();
            return r == null || !r.open();
        }, rectificationTable.getSelectionModel().selectedItemProperty()));
        followUpButton.disableProperty().bind(followUpTable.getSelectionModel().selectedItemProperty().isNull());
        rectificationTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                closeRectification();
            }
        });
        followUpTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editFollowUp();
            }
        });
        selection.onChange(this::reload);
        PageKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save));
        reload();
    }

    private void bindForm() {
        excellentField.textProperty().bindBidirectional(form.excellent);
        qualifiedField.textProperty().bindBidirectional(form.qualified);
        basicField.textProperty().bindBidirectional(form.basic);
        failedField.textProperty().bindBidirectional(form.failed);
        satisfiedField.textProperty().bindBidirectional(form.satisfied);
        basicSatisfiedField.textProperty().bindBidirectional(form.basicSatisfied);
        unsatisfiedField.textProperty().bindBidirectional(form.unsatisfied);
        selfArea.textProperty().bindBidirectional(form.self);
        reasonField.textProperty().bindBidirectional(form.reason);
        fiveLeadBox.getItems().setAll(FIVE_LEAD);
        fiveLeadBox.getEditor().textProperty().bindBidirectional(form.fiveLead);
        String none = Messages.get("appraisal.grade.none");
        gradeBox.getItems().setAll(none);
        for (AppraisalGrade g : AppraisalGrade.values()) {
            gradeBox.getItems().add(g.label());
        }
        gradeBox.valueProperty().addListener((obs, old, now) -> form.grade.set(AppraisalGrade.ofLabel(now)));
        form.grade.addListener((obs, old, now) -> gradeBox.setValue(now == null ? none : now.label()));
        gradeBox.setValue(none);
        countsError.textProperty().bind(form.countsError());
        satisfaction.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("appraisal.form.satisfaction", form.satisfactionText()), form.judgement()));
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> form.judgement().get() == null ? ""
                : Messages.get("appraisal.form.suggested", form.judgement().get().suggestion()), form.judgement()));
        flags.textProperty().bind(Bindings.createStringBinding(() -> form.judgement().get() == null ? ""
                : String.join("　", form.judgement().get().flags()), form.judgement()));
        reasonError.textProperty().bind(Bindings.createStringBinding(() -> form.reasonRequired().get()
                && form.reason.get().isBlank() ? Messages.get("appraisal.form.reasonNeeded",
                form.judgement().get().suggestion()) : "", form.reasonRequired(), form.reason));
        reasonLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(form.reasonRequired().get()
                ? "appraisal.form.reasonRequired" : "appraisal.form.reason"), form.reasonRequired()));
        var probationary = Bindings.createBooleanBinding(() -> form.member().get() != null
                && form.member().get().probationary(), form.member());
        var noMember = form.member().isNull();
        gradeBox.disableProperty().bind(probationary.or(noMember));
        reasonField.disableProperty().bind(probationary.or(noMember));
        for (javafx.scene.Node n : List.of(excellentField, qualifiedField, basicField, failedField, satisfiedField,
                basicSatisfiedField, unsatisfiedField, selfArea, fiveLeadBox)) {
            n.disableProperty().bind(noMember);
        }
        formStatus.textProperty().bind(Bindings.createStringBinding(() -> form.dirty().get()
                ? Messages.get("appraisal.form.unsaved") : "", form.dirty()));
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
        MemberAppraisal picked = memberTable.getSelectionModel().getSelectedItem();
        Long keep = selectAfterLoad != null ? selectAfterLoad : picked == null ? null : picked.member().id();
        selectAfterLoad = null;
        sheet = s;
        sheetBranch = branchId;
        showing = true;
        try {
            memberTable.getItems().setAll(s == null ? List.of() : s.members());
            rectificationTable.getItems().setAll(s == null ? List.of() : s.rectifications());
            followUpTable.getItems().setAll(s == null ? List.of() : s.members().stream()
                    .filter(m -> m.finalGrade() == AppraisalGrade.FAILED).toList());
            MemberAppraisal again = s == null ? null : s.members().stream()
                    .filter(m -> Objects.equals(m.member().id(), keep)).findFirst()
                    .orElse(s.members().isEmpty() ? null : s.members().get(0));
            memberTable.getSelectionModel().select(again);
            if (again != null) {
                memberTable.scrollTo(again);
            }
            load(again);
        } finally {
            showing = false;
        }
        warnings.getChildren().clear();
        if (s == null) {
            summary.setText("");
        } else {
            summary.setText(Messages.get("appraisal.summary", s.round().year(), s.members().size(), s.graded(),
                    s.probationary(), s.decided(), AppraisalLedger.roundLine(s.round())));
            s.warnings().forEach(w -> warnings.getChildren().add(new Label("⚠ " + w)));
            rectificationTab.setText(Messages.get("appraisal.tab.rectificationsCount", s.openRectifications(),
                    s.rectifications().size()));
            followUpTab.setText(Messages.get("appraisal.tab.followUpsCount", followUpTable.getItems().size()));
        }
        warnings.setVisible(!warnings.getChildren().isEmpty());
        warnings.setManaged(warnings.isVisible());
    }

    /** The selection moved: a changed, valid record of the member left is saved on the way (nothing is lost). */
    private void switchTo(MemberAppraisal old, MemberAppraisal now) {
        if (showing || now != null && form.member().get() != null
                && Objects.equals(now.member().id(), form.member().get().member().id())) {
            return; // a reload, or back on the member whose record is being edited
        }
        if (old != null && form.member().get() != null && form.dirty().get()) {
            if (form.valid().get()) {
                store(form.entry(), now == null ? null : now.member().id());
                return;
            }
            javafx.application.Platform.runLater(() -> memberTable.getSelectionModel().select(old));
            dialogs.showInfo(Messages.get("appraisal.title"), Messages.get("appraisal.form.fixFirst",
                    old.member().name()));
            return;
        }
        load(now);
    }

    private void load(MemberAppraisal m) {
        if (m == null) {
            memberTitle.setText(Messages.get("appraisal.member.none"));
            evidence.setText("");
            form.member().set(null);
            return;
        }
        form.load(m, sheet.round().thresholds());
        formScroll.setVvalue(0); // the next member's form opens at its top, not where the last one was left
        memberTitle.setText(Messages.get(m.probationary() ? "appraisal.member.titleProbationary"
                : "appraisal.member.title", m.member().name()));
        evidence.setText(Messages.get("appraisal.form.evidenceText", m.evidence().hoursText(),
                m.evidence().essaysText(), m.evidence().pledgesText()));
    }

    /** 保存 (Ctrl+S): stores the member's record and moves on to the next member, ready to type. */
    @FXML
    private void save() {
        if (form.member().get() == null || !form.valid().get() || !form.dirty().get() || !loaded()) {
            return;
        }
        int index = memberTable.getSelectionModel().getSelectedIndex();
        List<MemberAppraisal> items = memberTable.getItems();
        Long next = index >= 0 && index + 1 < items.size() ? items.get(index + 1).member().id()
                : form.member().get().member().id();
        store(form.entry(), next);
    }

    private void store(AppraisalEntry entry, Long thenSelect) {
        long branchId = sheetBranch;
        int year = sheet.round().year();
        tasks.run(() -> service.saveEntry(branchId, year, entry)).onSuccess(saved -> {
            selectAfterLoad = thenSelect;
            selection.dataChanged();
            excellentField.requestFocus();
        }).start();
    }

    @FXML
    private void editRound() {
        if (loaded()) {
            AppraisalEditors.round(window(), px(), service, tasks, dialogs, sheet.round(), selection::dataChanged);
        }
    }

    @FXML
    private void closeRectification() {
        Rectification r = rectificationTable.getSelectionModel().getSelectedItem();
        if (loaded() && r != null && r.open()) {
            AppraisalEditors.closeRectification(window(), px(), service, tasks, dialogs, r, sheet.nameOf(r.memberId()),
                    selection::dataChanged);
        }
    }

    @FXML
    private void editFollowUp() {
        MemberAppraisal m = followUpTable.getSelectionModel().getSelectedItem();
        if (loaded() && m != null) {
            AppraisalEditors.followUp(window(), px(), service, tasks, dialogs, sheet.round().year(), m,
                    sheet.followUpByMember().get(m.member().id()), selection::dataChanged);
        }
    }

    private boolean loaded() {
        Branch b = selection.branch().get();
        return sheet != null && b != null && sheetBranch == b.id()
                && Objects.equals(sheet.round().year(), selection.year().get());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private double px() {
        return selection.fontSize().get().pixels();
    }
}
