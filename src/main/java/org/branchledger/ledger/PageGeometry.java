package org.branchledger.ledger;

/**
 * An A4 sheet and its margins, in PDF points (1/72 inch). The left margin is wider so pages can be bound into
 * a file (装订线) without losing text.
 */
record PageGeometry(float width, float height) {
    static final float A4_SHORT = 595.28f;
    static final float A4_LONG = 841.89f;
    static final float MARGIN_LEFT = 56.7f;   // 20 mm
    static final float MARGIN_RIGHT = 42.5f;  // 15 mm
    static final float MARGIN_TOP = 42.5f;    // 15 mm
    static final float MARGIN_BOTTOM = 34f;   // 12 mm

    static final PageGeometry PORTRAIT = new PageGeometry(A4_SHORT, A4_LONG);
    static final PageGeometry LANDSCAPE = new PageGeometry(A4_LONG, A4_SHORT);

    static PageGeometry of(boolean landscape) {
        return landscape ? LANDSCAPE : PORTRAIT;
    }

    boolean landscape() {
        return width > height;
    }

    float left() {
        return MARGIN_LEFT;
    }

    float right() {
        return width - MARGIN_RIGHT;
    }

    float textWidth() {
        return right() - left();
    }

    float centerX() {
        return (left() + right()) / 2;
    }

    /** The top edge of the printable area. */
    float top() {
        return height - MARGIN_TOP;
    }

    /** The bottom edge of the printable area. */
    float bottom() {
        return MARGIN_BOTTOM;
    }
}
