package org.branchledger.importing;

import java.util.List;

/** A column an importer understands: its canonical Chinese name and the other names people give it. */
public record ColumnSpec(String field, List<String> synonyms, boolean required) {
    public ColumnSpec {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        synonyms = List.copyOf(synonyms);
    }

    public static ColumnSpec required(String field, String... synonyms) {
        return new ColumnSpec(field, List.of(synonyms), true);
    }

    public static ColumnSpec optional(String field, String... synonyms) {
        return new ColumnSpec(field, List.of(synonyms), false);
    }

    /** Whether a header cell's text names this column (both sides {@link HeaderDetector#normalise}d). */
    public boolean matches(String headerText) {
        String h = HeaderDetector.normalise(headerText);
        if (h.isEmpty()) {
            return false;
        }
        if (h.equals(HeaderDetector.normalise(field))) {
            return true;
        }
        for (String s : synonyms) {
            if (h.equals(HeaderDetector.normalise(s))) {
                return true;
            }
        }
        return false;
    }
}
