package org.branchledger.township;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ui.Selection;
import org.branchledger.core.ui.Tasks;

/**
 * 全部支部: the township's one table over every branch, shown when 全部支部 is chosen in the branch selector.
 * Every number is a link to that branch's page; the columns sort by a click on their heading.
 */
public final class OverviewController {
    private final OverviewService overview;
    private final PackageFlows flows;
    private final Selection selection;
    private final Tasks tasks;
    private final OverviewPageModel model = new OverviewPageModel();

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private TableView<OverviewRow> table;
    @FXML private Label total;

    public OverviewController(OverviewService overview, PackageFlows flows, Selection selection, Tasks tasks) {
        this.overview = overview;
        this.flows = flows;
        this.selection = selection;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        for (OverviewColumn c : OverviewColumn.values()) {
            TableColumn<OverviewRow, OverviewRow> column = new TableColumn<>(c.title());
            column.setId("township-" + c.name().toLowerCase());
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            column.setComparator(c.order());
            column.setCellFactory(col -> new LinkCell(c));
            column.setPrefWidth(c == OverviewColumn.BRANCH ? 180 : c == OverviewColumn.REPORTED ? 150 : 80);
            table.getColumns().add(column);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(model.summary()));
        selection.onChange(this::reload);
        selection.allBranches().addListener((obs, was, now) -> reload());
        reload();
    }

    @FXML
    private void receive() {
        flows.receive();
    }

    private void reload() {
        if (!selection.allBranches().get() || !selection.loaded().get()) {
            return;
        }
        int year = selection.year().get();
        tasks.run(() -> overview.overview(year)).onSuccess(o -> {
            model.show(o);
            table.getItems().setAll(model.rows());
            table.sort();
            summary.setText(model.summary());
            total.setText(model.totalLine());
            table.setPlaceholder(new Label(model.summary()));
        }).start();
    }

    private void open(OverviewRow row, OverviewColumn column) {
        model.target(row, column).ifPresent(t -> {
            Optional<Branch> branch = selection.branches().stream().filter(b -> b.id() == t.branchId()).findFirst();
            branch.ifPresent(b -> selection.openBranchPage(b, t.page()));
        });
    }

    /** A cell whose text is a link to the branch's page; flagged ones (an old package, gaps, overdue) in red. */
    private final class LinkCell extends TableCell<OverviewRow, OverviewRow> {
        private final OverviewColumn column;
        private final Hyperlink link = new Hyperlink();

        LinkCell(OverviewColumn column) {
            this.column = column;
            if (column != OverviewColumn.BRANCH) {
                getStyleClass().add("number-cell");
            }
            link.setOnAction(e -> {
                if (getItem() != null) {
                    open(getItem(), column);
                }
                link.setVisited(false);
            });
        }

        @Override
        protected void updateItem(OverviewRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            String text = column.text(row);
            link.setText(text);
            link.setId("township-" + column.name().toLowerCase() + "-" + row.branchId());
            link.getStyleClass().remove("flagged");
            if (column.flagged(row)) {
                link.getStyleClass().add("flagged");
            }
            setGraphic(text.isEmpty() ? null : link);
        }
    }
}
