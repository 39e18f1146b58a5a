package org.branchledger.roster;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.RosterFilter.Standing;
import org.branchledger.core.ui.Selection;

/**
 * 花名册: the branch's members with their counts, a search box and column filters; adding, editing,
 * 转出 / 去世, import and export. Everything the database does runs through {@link Tasks}.
 */
public final class RosterController {
    private final RosterService roster;
    private final Selection selection;
    private final Tasks tasks;
    private final RosterFileActions files;
    private final Dialogs dialogs;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final FilteredList<Member> filtered = new FilteredList<>(members, RosterFilter.CURRENT);
    private final ObservableValue<Number> fontPixels;
    private RosterFilterBar filters;
    private int loads;

    @FXML private VBox root;
    @FXML private Label count;
    @FXML private Label typeCounts;
    @FXML private Label categoryCounts;
    @FXML private Label statusCounts;
    @FXML private Label specialCounts;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button leaveButton;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Label searchLabel;
    @FXML private TextField search;
    @FXML private ComboBox<String> typeFilter;
    @FXML private ComboBox<String> categoryFilter;
    @FXML private ComboBox<String> statusFilter;
    @FXML private ComboBox<Standing> standingFilter;
    @FXML private Label shown;
    @FXML private TableView<Member> table;

    public RosterController(RosterService roster, Selection selection, Tasks tasks, RosterFileActions files,
                            Dialogs dialogs) {
        this.roster = roster;
        this.selection = selection;
        this.tasks = tasks;
        this.files = files;
        this.dialogs = dialogs;
        this.fontPixels = Bindings.createIntegerBinding(() -> selection.fontSize().get().pixels(),
                selection.fontSize());
    }

    @FXML
    private void initialize() {
        SortedList<Member> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        RosterTable.install(table, fontPixels, m -> edit());
        searchLabel.setLabelFor(search);
        filters = new RosterFilterBar(search, typeFilter, categoryFilter, statusFilter, standingFilter);
        filters.onChange(() -> filtered.setPredicate(filters.filter()));
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("roster.shown", filtered.size()), filtered));

        var noBranch = selection.branch().isNull();
        var picked = table.getSelectionModel().selectedItemProperty();
        addButton.disableProperty().bind(noBranch);
        importButton.disableProperty().bind(noBranch);
        exportButton.disableProperty().bind(noBranch);
        editButton.disableProperty().bind(picked.isNull());
        leaveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> picked.get() == null || !picked.get().current(), picked));

        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                edit();
            }
        });
        search.setOnAction(e -> {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        installShortcuts();
        selection.branch().addListener((obs, old, branch) -> refresh(branch, null));
        refresh(selection.branch().get(), null);
    }

    /** Ctrl+N, Ctrl+E and Ctrl+F work while this page is shown, and only then. */
    private void installShortcuts() {
        Map<KeyCombination, Runnable> keys = Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::add,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::edit,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    search.requestFocus();
                    search.selectAll();
                });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                keys.keySet().forEach(old.getAccelerators()::remove);
            }
            if (scene != null) {
                scene.getAccelerators().putAll(keys);
            }
        });
    }

    /** Loads the branch's members again, then selects {@code selectId} if it is shown. */
    private void refresh(Branch branch, Long selectId) {
        int load = ++loads;
        if (branch == null) {
            members.clear();
            showSummary(List.of());
            return;
        }
        tasks.run(() -> roster.members(branch.id())).onSuccess(list -> {
            if (load != loads) {
                return; // a newer load (another branch) is on its way
            }
            members.setAll(list);
            showSummary(list);
            if (selectId != null) {
                table.getItems().stream().filter(m -> Objects.equals(m.id(), selectId)).findFirst().ifPresent(m -> {
                    table.getSelectionModel().select(m);
                    table.scrollTo(m);
                });
            }
        }).start();
    }

    /** After a change made here: reload, and tell the other screens (首页 counts). */
    private void reload(Long selectId) {
        refresh(selection.branch().get(), selectId);
        selection.dataChanged();
    }

    private void showSummary(List<Member> list) {
        filters.categoriesOf(list);
        if (selection.branch().get() == null) {
            Stream.of(count, typeCounts, categoryCounts, statusCounts, specialCounts).forEach(l -> l.setText(""));
            return;
        }
        RosterViewSummary s = RosterViewSummary.of(list);
        count.setText(s.headline());
        typeCounts.setText(s.byType());
        categoryCounts.setText(s.byCategory());
        statusCounts.setText(s.byStatus());
        specialCounts.setText(s.special());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private double fontSize() {
        return fontPixels.getValue().doubleValue();
    }

    @FXML
    private void add() {
        Branch branch = selection.branch().get();
        if (branch != null) {
            MemberFormDialog.open(window(), fontSize(), roster, tasks, dialogs, branch.id(), null,
                    saved -> reload(saved.id()));
        }
    }

    @FXML
    private void edit() {
        Branch branch = selection.branch().get();
        Member m = table.getSelectionModel().getSelectedItem();
        if (branch != null && m != null) {
            MemberFormDialog.open(window(), fontSize(), roster, tasks, dialogs, branch.id(), m,
                    saved -> reload(saved.id()));
        }
    }

    @FXML
    private void leave() {
        Member m = table.getSelectionModel().getSelectedItem();
        if (m != null && m.current()) {
            LeaveDialog.open(window(), fontSize(), roster, tasks, dialogs, m, left -> reload(left.id()));
        }
    }

    @FXML
    private void importRoster() {
        Branch branch = selection.branch().get();
        if (branch != null) {
            files.importRoster(window(), branch, () -> reload(null));
        }
    }

    @FXML
    private void exportRoster() {
        Branch branch = selection.branch().get();
        if (branch != null) {
            files.exportRoster(window(), branch);
        }
    }
}
