package org.branchledger.home;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.branchledger.study.Hours;
import org.branchledger.study.MemberHours;

/**
 * Hours per member as horizontal bars (集中 dark, 自学 light) against a dashed line at the required
 * hours: who is short shows at a glance, names readable on the left.
 */
final class HoursChart extends VBox {
    private static final double BAR_WIDTH = 520;

    HoursChart(List<MemberHours> hours, int requiredTenths) {
        getStyleClass().add("hours-chart");
        setSpacing(6);
        int max = Math.max(requiredTenths * 3 / 2,
                hours.stream().mapToInt(h -> h.standing().total()).max().orElse(requiredTenths));
        HBox legend = new HBox(16, swatch("bar-centralised", "集中学习"), swatch("bar-self", "自学"),
                swatch("bar-required", "要求 " + Hours.format(requiredTenths) + " 学时"));
        legend.setAlignment(Pos.CENTER_LEFT);
        GridPane rows = new GridPane();
        rows.setHgap(10);
        rows.setVgap(4);
        int r = 0;
        for (MemberHours h : hours) {
            Label name = new Label(h.member().name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(Hours.format(h.standing().total()));
            value.getStyleClass().add(h.standing().compliant() ? "chart-ok" : "chart-short");
            rows.addRow(r++, name, bar(h, max, requiredTenths), value);
        }
        getChildren().addAll(legend, rows);
        setPadding(new Insets(4, 0, 4, 0));
    }

    private static Pane bar(MemberHours h, int max, int required) {
        double scale = BAR_WIDTH / max;
        Region centralised = new Region();
        centralised.getStyleClass().add("bar-centralised");
        centralised.resizeRelocate(0, 2, h.standing().centralised() * scale, 14);
        Region self = new Region();
        self.getStyleClass().add("bar-self");
        self.resizeRelocate(h.standing().centralised() * scale, 2, h.standing().self() * scale, 14);
        centralised.setManaged(false);
        self.setManaged(false);
        Line line = new Line(required * scale, 0, required * scale, 18);
        line.getStyleClass().add("bar-required");
        Pane pane = new Pane(centralised, self, line);
        pane.setPrefSize(BAR_WIDTH, 18);
        pane.setMinSize(BAR_WIDTH, 18);
        Tooltip.install(pane, new Tooltip(h.member().name() + ": 集中 " + Hours.format(h.standing().centralised())
                + "，自学 " + Hours.format(h.standing().self()) + "。" + h.standing().missingInWords()));
        return pane;
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
