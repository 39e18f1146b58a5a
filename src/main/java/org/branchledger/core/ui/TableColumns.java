package org.branchledger.core.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Column widths that follow the font size: a width given for the standard 14-pixel text grows with 较大 and
 * 特大, so a name, a date or a status stays whole ("谢…" no more). Short columns never shrink below that; only
 * the long text columns (content, titles, notes) give way when the table is narrow.
 */
public final class TableColumns {
    /** The font size the widths are given for. */
    public static final double STANDARD_PIXELS = 14;
    /** Columns up to this wide (at the standard size) hold short values that must stay whole. */
    static final double SHORT = 140;
    private static final String BASE = "tableColumns.base";

    private TableColumns() {
    }

    /** Scales the table's columns (their widths as set now, for 14 pixels) with {@code fontPixels}, now and on change. */
    public static void scaleWithFont(TableView<?> table, ObservableValue<? extends Number> fontPixels) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.getProperties().putIfAbsent(BASE, c.getPrefWidth());
        }
        apply(table, fontPixels.getValue().doubleValue());
        fontPixels.addListener((obs, old, px) -> apply(table, px.doubleValue()));
    }

    static void apply(TableView<?> table, double pixels) {
        double scale = pixels / STANDARD_PIXELS;
        for (TableColumn<?, ?> c : table.getColumns()) {
            Object base = c.getProperties().get(BASE);
            if (!(base instanceof Double width)) {
                continue;
            }
            double pref = Math.ceil(width * scale);
            c.setMinWidth(width <= SHORT ? pref : Math.ceil(4 * pixels));
            c.setPrefWidth(pref);
        }
    }
}
