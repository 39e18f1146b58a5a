package org.branchledger.study;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.RowRejection;

/**
 * 导入学习记录: choose a file; it is read and checked on a worker (nothing written); the window shows the
 * sheet, the columns, the names matched and the rejected rows; then the valid rows are imported in one
 * transaction, or nothing. A file without 形式 gets one chosen for the whole file.
 */
public final class StudyImportController {
    private final StudyImport studyImport;
    private final Tasks tasks;
    private final FileChooser files;
    private final StudyImportModel model = new StudyImportModel();

    private Stage stage;
    private long branchId;
    private Runnable onImported;
    private Path file;
    private Task<?> running;

    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private ChoiceBox<String> kindChoice;
    @FXML private TextField hoursField;
    @FXML private Button recheckButton;
    @FXML private Label problem;
    @FXML private Label sheetLine;
    @FXML private Label counts;
    @FXML private TableView<StudyImportModel.ColumnRow> columnTable;
    @FXML private TableView<StudyImport.NameMatch> nameTable;
    @FXML private TableView<RowRejection> rejectedTable;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private Button importButton;

    public StudyImportController(StudyImport studyImport, Tasks tasks, FileChooser files) {
        this.studyImport = studyImport;
        this.tasks = tasks;
        this.files = files;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(Messages.get("studyImport.noFile"));
        kindChoice.getItems().setAll(StudyImportModel.kinds());
        kindChoice.getItems().add(0, "");
        recheckButton.disableProperty().set(true);
        problem.textProperty().bind(model.problem());
        sheetLine.textProperty().bind(model.sheetLine());
        counts.textProperty().bind(model.counts());
        importButton.textProperty().bind(model.importText());
        importButton.disableProperty().bind(model.canImport().not());
        columnTable.setItems(model.columns());
        columnTable.getColumns().setAll(List.of(
                text("import.mapping.col.letter", 50, StudyImportModel.ColumnRow::letter),
                text("import.mapping.col.header", 260, StudyImportModel.ColumnRow::header),
                text("import.mapping.col.field", 300, StudyImportModel.ColumnRow::field)));
        nameTable.setItems(model.names());
        nameTable.getColumns().setAll(List.of(
                text("studyImport.names.name", 160, StudyImport.NameMatch::name),
                text("studyImport.names.member", 160, StudyImport.NameMatch::memberName),
                text("studyImport.names.id", 160, StudyImport.NameMatch::maskedId)));
        rejectedTable.setItems(model.rejections());
        TableColumn<RowRejection, Integer> row = new TableColumn<>(Messages.get("import.rejected.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        row.setPrefWidth(70);
        rejectedTable.getColumns().setAll(List.of(row, text("import.rejected.column", 160, RowRejection::column),
                text("import.rejected.reason", 520, RowRejection::reason)));
    }

    private static <T> TableColumn<T, String> text(String key, double width, java.util.function.Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    /** Shows the window for a branch; {@code afterImport} runs after rows were written. */
    void open(Stage windowStage, long branch, Runnable afterImport) {
        this.stage = windowStage;
        this.branchId = branch;
        this.onImported = afterImport;
        windowStage.setOnCloseRequest(e -> cancelWork());
    }

    @FXML
    private void chooseFile() {
        files.open(stage, Messages.get("studyImport.title"), Messages.get("import.fileFilter"), "*.xlsx", "*.xls",
                "*.csv", "*.XLSX", "*.XLS", "*.CSV").ifPresent(chosen -> {
                    file = chosen;
                    fileLabel.setText(chosen.toString());
                    recheckButton.setDisable(false);
                    check();
                });
    }

    @FXML
    private void check() {
        if (file == null) {
            return;
        }
        StudyImport.Options options;
        try {
            options = StudyImportModel.options(kindChoice.getValue(), hoursField.getText());
        } catch (IllegalArgumentException e) {
            model.refuse(Messages.get("studyImport.badHours", e.getMessage()), false);
            return;
        }
        Path chosen = file;
        long branch = branchId;
        model.refuse(Messages.get("import.reading", chosen.getFileName()), false);
        running = tasks.run(p -> studyImport.plan(chosen, branch, options, p))
                .onSuccess(plan -> {
                    model.show(plan);
                    // nothing rejected: show whom the names were matched to, else the problems first
                    tabs.getSelectionModel().select(plan.rejections().isEmpty() && !plan.names().isEmpty() ? 2 : 0);
                })
                .onError(this::failed)
                .onCancelled(() -> model.refuse(Messages.get("import.cancelled"), false))
                .start();
    }

    @FXML
    private void importValid() {
        StudyImport.Plan toWrite = model.plan();
        if (toWrite == null) {
            return;
        }
        long branch = branchId;
        chooseButton.setDisable(true);
        running = tasks.run(() -> studyImport.commit(toWrite, branch, true))
                .onSuccess(written -> {
                    chooseButton.setDisable(false);
                    model.refuse(Messages.get("studyImport.done", written.imported(), written.updated(),
                            written.unchanged(), written.rejected()), false);
                    onImported.run();
                })
                .onError(this::failed)
                .start();
    }

    private void failed(Throwable error) {
        chooseButton.setDisable(false);
        if (error instanceof StudyImport.KindMissing) {
            model.refuse(error.getMessage(), true);
        } else if (error instanceof ImportFileException || error instanceof UserError) {
            model.refuse(error.getMessage(), false);
        } else {
            tasks.reportUnexpected(error);
            model.refuse(Messages.get("import.cancelled"), false);
        }
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
}
