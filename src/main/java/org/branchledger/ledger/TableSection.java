package org.branchledger.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table; caption may be null. Cells are plain strings (null = empty).
 *
 * @param minRowHeight the least height of a body row in points, e.g. room for a handwritten signature on a
 *                     sign-in sheet (学习签到表); 0 lets rows be as tall as their text
 * @param notes        for each row, text printed in a row of its own right under it across the table's whole
 *                     width (the names of a session's absentees on the 考勤台账), or empty; an empty list when
 *                     no row has one
 */
public record TableSection(String caption, List<Column> columns, List<List<String>> rows, float minRowHeight,
                           List<String> notes) implements Section {
    /** Room for a signature written by hand: about 9 mm. */
    public static final float SIGNATURE_ROW_HEIGHT = 26f;

    public TableSection {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows == null ? List.<List<String>>of() : rows) {
            // Null cells are allowed, so List.copyOf (which rejects nulls) cannot be used.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row == null ? List.of() : row)));
        }
        rows = Collections.unmodifiableList(copy);
        if (minRowHeight < 0 || Float.isNaN(minRowHeight)) {
            throw new IllegalArgumentException("minRowHeight: " + minRowHeight);
        }
        List<String> noted = new ArrayList<>();
        for (String note : notes == null ? List.<String>of() : notes) {
            noted.add(note == null ? "" : note);
        }
        if (!noted.isEmpty() && noted.size() != rows.size()) {
            throw new IllegalArgumentException("notes: " + noted.size() + " for " + rows.size() + " rows");
        }
        notes = noted.stream().allMatch(String::isEmpty) ? List.of() : List.copyOf(noted);
    }

    public TableSection(String caption, List<Column> columns, List<List<String>> rows, float minRowHeight) {
        this(caption, columns, rows, minRowHeight, List.of());
    }

    public TableSection(String caption, List<Column> columns, List<List<String>> rows) {
        this(caption, columns, rows, 0f);
    }

    public TableSection withMinRowHeight(float points) {
        return new TableSection(caption, columns, rows, points, notes);
    }

    /** The same table with a note under each row (empty where a row has none). */
    public TableSection withNotes(List<String> rowNotes) {
        return new TableSection(caption, columns, rows, minRowHeight, rowNotes);
    }

    /** The note printed under a row, empty when it has none. */
    public String note(int row) {
        return notes.isEmpty() ? "" : notes.get(row);
    }

    /** The cell text at a row and column, empty where the row is short or the cell null. */
    public String cell(int row, int column) {
        List<String> r = rows.get(row);
        String text = column < r.size() ? r.get(column) : null;
        return text == null ? "" : text;
    }
}
