package org.branchledger.ledger;

import java.util.List;

/**
 * A page whose body has been laid out; its frame is drawn once the total number of pages is known.
 * {@code cells} are where the body rows' cells are, in the order printed, for comparing a printed PDF row
 * by row ({@code verify FILE}).
 */
record LaidPage(PageGeometry geometry, Frame frame, List<PageOp> body, List<CellBox> cells) {
    LaidPage {
        body = List.copyOf(body);
        cells = List.copyOf(cells);
    }

    LaidPage(PageGeometry geometry, Frame frame, List<PageOp> body) {
        this(geometry, frame, body, List.of());
    }

    /**
     * One cell of a body row as placed on the page, in PDF points from the bottom-left corner.
     *
     * @param section the index of its table among the ledger's sections
     * @param row     the row's index in its table
     * @param column  the column's index
     */
    record CellBox(int section, int row, int column, float x, float y, float width, float height) {
    }
}
