package org.branchledger.core.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at its column's width (the row grows) instead of being cut with "…": for the
 * long text columns (主题, 题目, 批改) that must stay readable at 特大 on a 1366×768 screen.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingCell() {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 4));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : Wrapping.keepDatesWhole(item)); // never 2026- | 02-17
        setGraphic(empty || item == null ? null : text);
    }
}
