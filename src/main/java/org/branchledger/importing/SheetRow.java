package org.branchledger.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * One row. {@code number} is the 1-based row number the user sees in Excel; for CSV it is the 1-based
 * record number, which is the row Excel shows when it opens the file (it differs from the line number
 * in a text editor only after a cell with a line break inside quotes).
 */
public record SheetRow(int number, List<Cell> cells) {

    public SheetRow {
        List<Cell> copy = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            copy.add(c == null ? Cell.BLANK : c);
        }
        cells = List.copyOf(copy);
    }

    /** The cell in a 0-based column; {@link Cell#BLANK} when out of range. */
    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    /** True when every cell is blank (or the row has no cells). */
    public boolean blank() {
        for (Cell c : cells) {
            if (!c.blank()) {
                return false;
            }
        }
        return true;
    }

    /** The first non-blank cell, or {@link Cell#BLANK}. */
    public Cell firstNonBlank() {
        for (Cell c : cells) {
            if (!c.blank()) {
                return c;
            }
        }
        return Cell.BLANK;
    }

    /** The Excel column letters of a 0-based column: 0 → "A", 27 → "AB". */
    public static String columnLetter(int column) {
        StringBuilder out = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }
}
