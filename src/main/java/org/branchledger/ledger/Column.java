package org.branchledger.ledger;

import java.util.Objects;

/**
 * One column of a ledger table.
 *
 * @param title the header text
 * @param width relative weight of the column's width (the widths of a table's columns are shared out in
 *              proportion to these weights, then widened where a column could not hold its longest number)
 * @param align alignment of the column's cells
 * @param oneLineEms 0 for the usual rule (cell text up to about five Han characters is not wrapped); above 0, the
 *              column is never narrower than it takes to keep text of this many ems on one line, whatever the
 *              weights, so longer text wraps there and no sooner (a branch's name in a table of every branch)
 */
public record Column(String title, float width, Align align, float oneLineEms) {
    public Column(String title, float width, Align align) {
        this(title, width, align, 0f);
    }

    public Column {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(align, "align");
        if (!(width > 0) || Float.isInfinite(width)) {
            throw new IllegalArgumentException("column width must be a positive weight: " + width);
        }
        if (!(oneLineEms >= 0) || Float.isInfinite(oneLineEms)) {
            throw new IllegalArgumentException("a column's one-line width must be 0 or more ems: " + oneLineEms);
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
