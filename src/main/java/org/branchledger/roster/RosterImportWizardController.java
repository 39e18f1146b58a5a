package org.branchledger.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.stage.Stage;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchRules;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.RowRejection;

/**
 * The import wizard: pick a file; every row is read and checked off the FX thread (cancellable, nothing
 * written); the detected header and column mapping can be corrected by hand; then the valid rows are
 * imported in one transaction, or nothing is.
 */
public final class RosterImportWizardController {
    private final RosterImport rosterImport;
    private final Tasks tasks;
    private final FileChooser files;
    private final Dialogs dialogs;

    private Stage stage;
    private Branch branch;
    private Runnable onImported;
    private Path file;
    private RosterImportPlan plan;
    private Task<?> running;
    private List<ColumnMapping.Column> mapping = List.of();

    @FXML private Label steps;
    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private Node workingPane;
    @FXML private Label workingText;
    @FXML private ProgressBar progress;
    @FXML private Node reviewPane;
    @FXML private TitledPane mappingPane;
    @FXML private Label headerInfo;
    @FXML private Label sheetsInfo;
    @FXML private Label columnsInfo;
    @FXML private TableView<ColumnMapping.Column> mappingTable;
    @FXML private Label mappingWarning;
    @FXML private Label counts;
    @FXML private Label rejectedTitle;
    @FXML private TableView<RowRejection> rejectedTable;
    @FXML private Node donePane;
    @FXML private Label doneText;
    @FXML private Button importButton;
    @FXML private Button closeButton;

    public RosterImportWizardController(RosterImport rosterImport, Tasks tasks, FileChooser files, Dialogs dialogs) {
        this.dialogs = dialogs;
        this.rosterImport = rosterImport;
        this.tasks = tasks;
        this.files = files;
    }

    @FXML
    private void initialize() {
        steps.setText(Messages.get("import.steps"));
        fileLabel.setText(Messages.get("import.noFile"));
        importButton.setText(Messages.get("import.button.all"));
        doneText.setText(Messages.get("import.start"));
        show(donePane);

        TableColumn<ColumnMapping.Column, String> letter = new TableColumn<>(Messages.get("import.mapping.col.letter"));
        letter.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().letter()));
        letter.setPrefWidth(40);
        TableColumn<ColumnMapping.Column, String> header = new TableColumn<>(Messages.get("import.mapping.col.header"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        header.setPrefWidth(220);
        TableColumn<ColumnMapping.Column, ColumnMapping.Choice> field =
                new TableColumn<>(Messages.get("import.mapping.col.field"));
        field.setCellValueFactory(c -> c.getValue().choice());
        field.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableList(ColumnMapping.choices())));
        field.setPrefWidth(170);
        field.setOnEditCommit(e -> {
            e.getRowValue().choice().set(e.getNewValue());
            showMissing();
        });
        TableColumn<ColumnMapping.Column, String> note = new TableColumn<>(Messages.get("import.mapping.col.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setPrefWidth(560);
        mappingTable.getColumns().setAll(List.of(letter, header, field, note));
        mappingTable.setEditable(true);

        TableColumn<RowRejection, String> row = new TableColumn<>(Messages.get("import.rejected.row"));
        row.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet() == null
                ? String.valueOf(c.getValue().rowNumber())
                : Messages.get("import.rejected.sheetRow", c.getValue().sheet(), c.getValue().rowNumber())));
        row.setPrefWidth(110);
        TableColumn<RowRejection, String> column = new TableColumn<>(Messages.get("import.rejected.column"));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        column.setPrefWidth(130);
        TableColumn<RowRejection, String> reason = new TableColumn<>(Messages.get("import.rejected.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(560);
        rejectedTable.getColumns().setAll(List.of(row, column, reason));
        rejectedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        mappingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    }

    /** Shows the wizard for a branch; {@code onImported} runs after rows were written. */
    void open(Stage wizardStage, Branch target, Runnable afterImport) {
        this.stage = wizardStage;
        this.branch = target;
        this.onImported = afterImport;
        wizardStage.setOnCloseRequest(e -> cancelWork());
    }

    @FXML
    private void chooseFile() {
        files.open(stage, Messages.get("import.title"), Messages.get("import.fileFilter"), "*.xlsx", "*.xls", "*.csv",
                "*.XLSX", "*.XLS", "*.CSV").ifPresent(chosen -> {
                    file = chosen;
                    fileLabel.setText(chosen.toString());
                    check(Map.of());
                });
    }

    @FXML
    private void recheck() {
        check(ColumnMapping.mapping(mapping));
    }

    private void check(Map<RosterField, Integer> overrides) {
        show(workingPane);
        workingText.setText(Messages.get("import.reading", file.getFileName()));
        Path chosen = file;
        running = tasks.run(p -> rosterImport.plan(chosen, branch.id(), overrides, p))
                .onSuccess(this::review)
                .onError(this::failed)
                .onCancelled(this::cancelled)
                .start();
        progress.progressProperty().bind(running.progressProperty());
    }

    private void review(RosterImportPlan checked) {
        plan = checked;
        mapping = ColumnMapping.of(checked);
        mappingTable.getItems().setAll(mapping);
        String sheet = checked.sheetName() == null ? "" : Messages.get("import.mapping.sheet", checked.sheetName());
        headerInfo.setText(checked.header() == null ? Messages.get("import.mapping.formsOnly")
                : Messages.get("import.mapping.header", checked.header().headerRowNumber(), sheet));
        sheetsInfo.setText(RosterImportSummary.sheets(checked));
        sheetsInfo.setManaged(!sheetsInfo.getText().isEmpty());
        columnsInfo.setText(RosterImportSummary.columns(checked));
        columnsInfo.setManaged(!columnsInfo.getText().isEmpty());
        showMissing();
        ImportCounts would = checked.wouldWrite();
        int checkedRows = checked.rows().size() + would.rejected();
        counts.setText(Messages.get("import.counts", checkedRows, would.imported(), would.updated(),
                would.unchanged(), would.rejected()));
        rejectedTable.getItems().setAll(checked.rejections());
        rejectedTitle.setText(checked.rejections().isEmpty() ? Messages.get("import.counts.allGood")
                : Messages.get("import.rejected.title"));
        int valid = checked.rows().size();
        importButton.setText(valid == 0 ? Messages.get("import.button.nothing")
                : would.rejected() > 0 ? Messages.get("import.button.valid", valid) : Messages.get("import.button.all"));
        importButton.setDisable(valid == 0);
        mappingPane.setExpanded(checked.header() != null && (!checked.header().missingRequired().isEmpty() || valid == 0));
        mappingPane.setVisible(checked.header() != null);
        mappingPane.setManaged(checked.header() != null);
        show(reviewPane);
    }

    private void showMissing() {
        List<String> missing = ColumnMapping.missing(mapping);
        mappingWarning.setText(missing.isEmpty() ? "" : Messages.get("import.mapping.missing", String.join("、", missing)));
    }

    @FXML
    private void importValid() {
        RosterImportPlan toWrite = plan;
        if (BranchRules.namesAnotherBranch(toWrite.branchHint(), branch.name())
                && !dialogs.confirm(Messages.get("import.otherBranch.title"),
                        Messages.get("import.otherBranch.text", toWrite.branchHint(), branch.name()),
                        Messages.get("import.otherBranch.yes", branch.name()))) {
            return; // nothing written; the review stays, so another branch can be chosen and the file read again
        }
        show(workingPane);
        workingText.setText(Messages.get("import.writing"));
        importButton.setDisable(true);
        chooseButton.setDisable(true);
        running = tasks.run(p -> rosterImport.commit(toWrite, branch, true, p))
                .onSuccess(written -> {
                    String rejected = written.rejected() > 0 ? Messages.get("import.done.rejected", written.rejected()) : "";
                    doneText.setText(Messages.get("import.done", written.imported(), written.updated(),
                            written.unchanged(), rejected));
                    show(donePane);
                    onImported.run();
                })
                .onError(this::failed)
                .onCancelled(this::cancelled)
                .start();
        progress.progressProperty().bind(running.progressProperty());
    }

    private void cancelled() {
        chooseButton.setDisable(false);
        importButton.setDisable(true);
        doneText.setText(Messages.get("import.cancelled"));
        show(donePane);
    }

    private void failed(Throwable error) {
        chooseButton.setDisable(false);
        if (error instanceof ImportFileException || error instanceof UserError) {
            doneText.setText(error.getMessage());
        } else {
            tasks.reportUnexpected(error);
            doneText.setText(Messages.get("import.cancelled"));
        }
        importButton.setDisable(true);
        show(donePane);
    }

    @FXML
    private void cancelWork() {
        if (running != null && running.isRunning()) {
            running.cancel(false);
        }
    }

    @FXML
    private void close() {
        cancelWork();
        stage.close();
    }

    private void show(Node pane) {
        for (Node n : List.of(workingPane, reviewPane, donePane)) {
            n.setVisible(n == pane);
        }
    }
}
