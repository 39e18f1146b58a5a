package org.branchledger.core.text;

/** A value shown and written by its Chinese label (an enum of kinds, grades, statuses). */
public interface Labelled {
    String label();

    /** The value whose label is exactly {@code label}; null when none is (or {@code label} is null). */
    static <E extends Labelled> E find(E[] values, String label) {
        for (E value : values) {
            if (value.label().equals(label)) {
                return value;
            }
        }
        return null;
    }
}
