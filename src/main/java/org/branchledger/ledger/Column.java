package org.branchledger.ledger;

import java.util.Objects;

/**
 * One column of a ledger table.
 *
 * @param title the header text
 * @param width relative weight of the column's width (the widths of a table's columns are shared out in
 *              proportion to these weights, then widened where a column could not hold its longest number)
 * @param align alignment of the column's cells
 */
public record Column(String title, float width, Align align) {
    public Column {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(align, "align");
        if (!(width > 0) || Float.isInfinite(width)) {
            throw new IllegalArgumentException("column width must be a positive weight: " + width);
        }
    }

    public static Column of(String title, float width) {
        return new Column(title, width, Align.LEFT);
    }

    public static Column center(String title, float width) {
        return new Column(title, width, Align.CENTER);
    }

    public static Column right(String title, float width) {
        return new Column(title, width, Align.RIGHT);
    }
}
