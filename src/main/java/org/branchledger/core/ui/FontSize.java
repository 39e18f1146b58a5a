package org.branchledger.core.ui;

/** The text size of the window: many secretaries are older and want it larger. */
public enum FontSize {
    NORMAL("标准", 14), LARGE("较大", 17), EXTRA_LARGE("特大", 20);

    private final String label;
    private final int pixels;

    FontSize(String label, int pixels) {
        this.label = label;
        this.pixels = pixels;
    }

    public int pixels() {
        return pixels;
    }

    @Override
    public String toString() {
        return label;
    }
}
