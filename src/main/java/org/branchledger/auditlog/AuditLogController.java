package org.branchledger.auditlog;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;

/**
 * 设置 → 操作记录: who changed what and when, newest first, a page at a time (the trail can hold
 * hundreds of thousands of entries), filtered by date, kind of record and text; and a banner that says
 * whether the trail is intact, checked in the background when the screen opens.
 */
public final class AuditLogController {
    static final int PAGE = 200;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLogService service;
    private final Tasks tasks;
    private AuditFilter filter = AuditFilter.ALL;
    private int offset;
    private int total;
    private final Map<String, String> tableNames = new LinkedHashMap<>();

    @FXML private Label banner;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<String> table;
    @FXML private TextField text;
    @FXML private TableView<AuditRow> entries;
    @FXML private Button prev;
    @FXML private Button next;
    @FXML private Label count;
    @FXML private ProgressIndicator loading;

    public AuditLogController(AuditLogService service, Tasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        entries.getColumns().add(column(Messages.get("auditlog.col.id"), 70, r -> String.valueOf(r.id())));
        entries.getColumns().add(column(Messages.get("auditlog.col.at"), 160, r -> r.at().format(AT)));
        entries.getColumns().add(column(Messages.get("auditlog.col.actor"), 120, AuditRow::actor));
        entries.getColumns().add(column(Messages.get("auditlog.col.thing"), 150, AuditRow::thing));
        entries.getColumns().add(column(Messages.get("auditlog.col.action"), 60, AuditRow::action));
        TableColumn<AuditRow, String> what = column(Messages.get("auditlog.col.what"), 480, AuditRow::what);
        entries.getColumns().add(what);
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        entries.setPlaceholder(new Label(Messages.get("auditlog.checking")));

        tableNames.put("", Messages.get("auditlog.allTables"));
        tableNames.putAll(service.tables());
        table.setItems(FXCollections.observableArrayList(tableNames.keySet()));
        table.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : tableNames.getOrDefault(key, key);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        table.setValue("");
        banner.setText(Messages.get("auditlog.checking"));
        banner.setStyle(NEUTRAL);
        // The check and the first page wait until the tab is first shown: opening 设置 stays instant.
        entries.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !started) {
                started = true;
                load();
                check();
            }
        });
    }

    private boolean started;
    private static final String NEUTRAL = "-fx-padding: 8; -fx-background-color: #eef3f8; -fx-background-radius: 4;";
    private static final String GOOD = "-fx-padding: 8; -fx-background-color: #e6f4ea; -fx-text-fill: #1e6b34;"
            + " -fx-background-radius: 4;";
    private static final String BAD = "-fx-padding: 10; -fx-background-color: #fde7e7; -fx-text-fill: #a4161a;"
            + " -fx-font-weight: bold; -fx-background-radius: 4; -fx-border-color: #a4161a; -fx-border-radius: 4;";

    private void check() {
        tasks.run(service::verify).onSuccess(r -> {
            if (r.intact()) {
                banner.setText(Messages.get("auditlog.intact", String.valueOf(r.entries())));
                banner.setStyle(GOOD);
            } else {
                banner.setText(Messages.get("auditlog.broken", String.join("\n", r.problems())));
                banner.setStyle(BAD);
            }
        }).start();
    }

    @FXML
    private void search() {
        String t = table.getValue();
        filter = new AuditFilter(from.getValue(), to.getValue(), t == null || t.isEmpty() ? null : t, text.getText());
        offset = 0;
        load();
    }

    @FXML
    private void reset() {
        from.setValue(null);
        to.setValue(null);
        table.setValue("");
        text.clear();
        search();
    }

    @FXML
    private void previousPage() {
        offset = Math.max(0, offset - PAGE);
        load();
    }

    @FXML
    private void nextPage() {
        if (offset + PAGE < total) {
            offset += PAGE;
            load();
        }
    }

    private void load() {
        AuditFilter f = filter;
        int at = offset;
        loading.setVisible(true);
        prev.setDisable(true);
        next.setDisable(true);
        tasks.run(() -> service.page(f, at, PAGE)).onSuccess(page -> {
            loading.setVisible(false);
            total = page.total();
            entries.getItems().setAll(page.rows());
            entries.setPlaceholder(new Label("—"));
            count.setText(Messages.get("auditlog.count", String.valueOf(total),
                    String.valueOf(total == 0 ? 0 : at + 1), String.valueOf(at + page.rows().size())));
            prev.setDisable(at == 0);
            next.setDisable(at + PAGE >= total);
        }).onError(e -> {
            loading.setVisible(false);
            tasks.reportUnexpected(e);
        }).start();
    }

    private static TableColumn<AuditRow, String> column(String title, double width,
                                                        java.util.function.Function<AuditRow, String> value) {
        TableColumn<AuditRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
