package org.branchledger.home;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.branchledger.study.Hours;
import org.branchledger.study.MemberHours;

/**
 * Hours per member as horizontal bars (集中 dark, 自学 light) against a dashed line at the required
 * hours: who is short shows at a glance, names readable on the left. The bars are the rows of a list
 * that makes only the rows in sight (a branch of 1,000 members held 1,000 rows of nodes and tooltips,
 * tens of MB, issue 18); up to {@link #ROWS_SHOWN} rows show at once, more scroll inside the card.
 */
final class HoursChart extends VBox {
    static final int ROWS_SHOWN = 25;
    private static final double BAR_WIDTH = 520;
    private static final double ROW_HEIGHT = 22;
    private static final double NAME_WIDTH = 72;

    private final ListView<MemberHours> rows;

    HoursChart(List<MemberHours> hours, int requiredTenths) {
        getStyleClass().add("hours-chart");
        setSpacing(6);
        int max = Math.max(requiredTenths * 3 / 2,
                hours.stream().mapToInt(h -> h.standing().total()).max().orElse(requiredTenths));
        HBox legend = new HBox(16, swatch("bar-centralised", "集中学习"), swatch("bar-self", "自学"),
                swatch("bar-required", "要求 " + Hours.format(requiredTenths) + " 学时"));
        legend.setAlignment(Pos.CENTER_LEFT);
        rows = new ListView<>(FXCollections.observableArrayList(hours));
        rows.getStyleClass().add("hours-chart-rows");
        rows.setFixedCellSize(ROW_HEIGHT);
        rows.setFocusTraversable(false);
        double height = Math.min(hours.size(), ROWS_SHOWN) * ROW_HEIGHT + 2;
        rows.setMinHeight(height);
        rows.setPrefHeight(height);
        rows.setMaxHeight(height);
        rows.setCellFactory(list -> new BarCell(BAR_WIDTH / max, requiredTenths));
        getChildren().addAll(legend, rows);
        setPadding(new Insets(4, 0, 4, 0));
    }

    /** The list of rows (for tests: how many rows it made). */
    ListView<MemberHours> rows() {
        return rows;
    }

    /** One member's row; the list reuses it for whichever member scrolls into sight. */
    private static final class BarCell extends ListCell<MemberHours> {
        private final Label name = new Label();
        private final Region centralised = new Region();
        private final Region self = new Region();
        private final Label value = new Label();
        private final Tooltip tip = new Tooltip();
        private final HBox row;
        private final double scale;

        BarCell(double scale, int required) {
            this.scale = scale;
            name.setMinWidth(NAME_WIDTH);
            name.setPrefWidth(NAME_WIDTH);
            centralised.getStyleClass().add("bar-centralised");
            self.getStyleClass().add("bar-self");
            centralised.setManaged(false);
            self.setManaged(false);
            Line line = new Line(required * scale, 0, required * scale, 18);
            line.getStyleClass().add("bar-required");
            Pane bar = new Pane(centralised, self, line);
            bar.setPrefSize(BAR_WIDTH, 18);
            bar.setMinSize(BAR_WIDTH, 18);
            Tooltip.install(bar, tip);
            row = new HBox(10, name, bar, value);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
        }

        @Override
        protected void updateItem(MemberHours h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            name.setText(h.member().name());
            centralised.resizeRelocate(0, 2, h.standing().centralised() * scale, 14);
            self.resizeRelocate(h.standing().centralised() * scale, 2, h.standing().self() * scale, 14);
            value.setText(Hours.format(h.standing().total()));
            value.getStyleClass().setAll(h.standing().compliant() ? "chart-ok" : "chart-short");
            value.getStyleClass().add(0, "label");
            tip.setText(h.member().name() + ": 集中 " + Hours.format(h.standing().centralised())
                    + "，自学 " + Hours.format(h.standing().self()) + "。" + h.standing().missingInWords());
            setGraphic(row);
        }
    }

    private static HBox swatch(String style, String text) {
        Region box = new Region();
        box.getStyleClass().add(style);
        box.setMinSize(14, 14);
        box.setMaxSize(14, 14);
        HBox item = new HBox(6, box, new Label(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }
}
