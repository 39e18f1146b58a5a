package org.branchledger.ledger;

/** One thing drawn on a page, placed in PDF points from the bottom-left corner. */
sealed interface PageOp {
    /** A single line of text, already cleaned for the font; y is its baseline. */
    record Text(float x, float y, String text, boolean bold, float size) implements PageOp {
    }

    /** A thin-bordered rectangle, shaded light grey when {@code shaded} (table headers). */
    record Box(float x, float y, float width, float height, boolean shaded) implements PageOp {
    }

    /** A straight line, e.g. the blank a signature goes on. */
    record Rule(float x1, float y1, float x2, float y2, float lineWidth) implements PageOp {
    }
}
