package org.branchledger.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes a table for a text width: column widths from the weights (widened where a column could not hold its
 * header on two lines or its longest number, such as an ID number), cells wrapped inside their columns, each
 * row as tall as its tallest cell. Then draws rows as boxes with their text centred vertically.
 */
final class TableLayout {
    static final float PAD_X = 4f;
    static final float PAD_Y = 3.5f;
    /** The padding of a tightened page's rows, to take one more row rather than start a page for it. */
    static final float TIGHT_PAD_Y = 2f;
    static final float LEADING = 1.35f;
    /** A single unbroken word wider than this does not claim a column of its own; it breaks instead. */
    private static final float MAX_WORD = 130f;
    /** Cell text up to about five Han characters (大学本科, 离退休人员) should not wrap. */
    private static final float SHORT_TEXT_EMS = 5.2f;
    private static final float SHORT_HEADER_EMS = 4.2f;
    /** A little air so the longest number does not touch the borders. */
    private static final float SLACK = 2f;

    /**
     * A laid-out row: each cell's lines; a spanning row has one cell across the whole table.
     *
     * @param tightHeight its height with {@link #TIGHT_PAD_Y} (never below the table's least row height)
     */
    record Row(List<List<String>> cells, float height, boolean header, boolean spanning, float tightHeight) {
    }

    private final TableSection table;
    private final LedgerFonts fonts;
    private final float size;
    private final float x;
    private final float[] widths;
    private final float lineHeight;
    private List<Row> rows;
    private Row[] notes;

    private TableLayout(TableSection table, LedgerFonts fonts, float x, float[] widths) {
        this.table = table;
        this.fonts = fonts;
        this.size = fontSize(table);
        this.x = x;
        this.widths = widths;
        this.lineHeight = size * LEADING;
    }

    static TableLayout of(TableSection table, LedgerFonts fonts, float x, float textWidth) {
        return new TableLayout(table, fonts, x, columnWidths(table, fonts, textWidth));
    }

    /** Ten-point text, nine for wide tables such as the roster (小五, as printed rosters use). */
    static float fontSize(TableSection table) {
        return table.columns().size() > 10 ? 9f : 10f;
    }

    /** Whether every column gets the room it needs within the width. */
    static boolean fits(TableSection table, LedgerFonts fonts, float textWidth) {
        float sum = 0;
        for (float w : minWidths(table, fonts)) {
            sum += w;
        }
        return sum <= textWidth;
    }

    /**
     * The least comfortable width of each column: its header on at most two lines, short values on one line,
     * its longest word (a date, a phone or ID number) unbroken.
     */
    static float[] minWidths(TableSection table, LedgerFonts fonts) {
        return widthsNeeded(table, fonts, true);
    }

    /**
     * The least width of each column, or with {@code comfortable} false its hard least: the header on two lines,
     * the longest word unbroken and a column's {@link Column#oneLineEms()}, other short values allowed to wrap.
     */
    private static float[] widthsNeeded(TableSection table, LedgerFonts fonts, boolean comfortable) {
        float size = fontSize(table);
        List<Column> columns = table.columns();
        float[] mins = new float[columns.size()];
        for (int c = 0; c < mins.length; c++) {
            String title = fonts.clean(columns.get(c).title());
            float header = fonts.width(title, true, size);
            float widestUnit = 0;
            for (String unit : TextWrapper.units(title)) {
                widestUnit = Math.max(widestUnit, fonts.width(unit, true, size));
            }
            // Headers of up to four characters stay on one line; longer ones may take two, evenly split.
            float twoLines = header <= SHORT_HEADER_EMS * size ? header : header / 2 + 0.6f * size;
            float need = Math.max(Math.max(twoLines, widestUnit), 2 * size);
            boolean asked = columns.get(c).oneLineEms() > 0; // a width asked for is kept even when squeezed
            float oneLine = asked ? columns.get(c).oneLineEms() : SHORT_TEXT_EMS;
            for (int r = 0; r < table.rows().size(); r++) {
                String text = fonts.clean(table.cell(r, c));
                float whole = text.indexOf('\n') < 0 ? fonts.width(text, false, size) : Float.MAX_VALUE;
                if ((comfortable || asked) && whole <= oneLine * size) {
                    need = Math.max(need, whole);
                } else if (asked) {
                    need = Math.max(need, oneLine * size);
                }
                String flat = text.replace('\n', ' ');
                float flatWidth = whole < Float.MAX_VALUE ? whole : fonts.width(flat, false, size);
                if (Math.min(MAX_WORD, flatWidth) <= need) {
                    continue; // no run of it can be wider than all of it (issue 18: skips most cells' pattern)
                }
                for (String unit : TextWrapper.keptTogether(flat)) {
                    if (unit.length() > 1) {
                        need = Math.max(need, Math.min(MAX_WORD, fonts.width(unit, false, size)));
                    }
                }
            }
            mins[c] = need + 2 * PAD_X + SLACK;
        }
        return mins;
    }

    /** Widths shared out by weight; a column below its minimum is raised to it at the others' expense. */
    static float[] columnWidths(TableSection table, LedgerFonts fonts, float textWidth) {
        List<Column> columns = table.columns();
        int n = columns.size();
        float[] mins = minWidths(table, fonts);
        boolean[] fixed = new boolean[n];
        float[] widths = new float[n];
        for (int round = 0; round <= n; round++) {
            float free = textWidth;
            float weights = 0;
            for (int c = 0; c < n; c++) {
                if (fixed[c]) {
                    free -= mins[c];
                } else {
                    weights += columns.get(c).width();
                }
            }
            if (free < 0) {
                return squeezed(table, fonts, textWidth, mins);
            }
            if (weights == 0) {
                return byWeight(columns, textWidth, mins, fixed);
            }
            boolean changed = false;
            for (int c = 0; c < n; c++) {
                widths[c] = fixed[c] ? mins[c] : free * columns.get(c).width() / weights;
                if (!fixed[c] && widths[c] < mins[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return widths;
            }
        }
        return widths;
    }

    /**
     * The table needs more than the width even with every column at its least comfortable: each column keeps
     * its hard least (numbers and words unbroken, the header on two lines) and the room above that is shared in
     * proportion to what each asked for, so short values wrap before an ID number does. When even the hard
     * leasts do not fit, each is narrowed by the same share (a few points on a crowded roster, within the air
     * left beside a number), never back to the weights alone.
     */
    private static float[] squeezed(TableSection table, LedgerFonts fonts, float textWidth, float[] mins) {
        float[] hard = widthsNeeded(table, fonts, false);
        float hardSum = 0;
        float extra = 0;
        for (int c = 0; c < mins.length; c++) {
            hardSum += hard[c];
            extra += Math.max(0, mins[c] - hard[c]);
        }
        float[] widths = new float[mins.length];
        for (int c = 0; c < mins.length; c++) {
            widths[c] = hardSum >= textWidth ? hard[c] * textWidth / hardSum
                    : hard[c] + Math.max(0, mins[c] - hard[c]) * (textWidth - hardSum) / extra;
        }
        return widths;
    }

    private static float[] byWeight(List<Column> columns, float textWidth, float[] mins, boolean[] fixed) {
        float weights = 0;
        for (Column column : columns) {
            weights += column.width();
        }
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = mins != null && fixed[c] ? mins[c] : textWidth * columns.get(c).width() / weights;
        }
        return widths;
    }

    float[] widths() {
        return widths.clone();
    }

    Row header() {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(wrap(table.columns().get(c).title(), widths[c], true));
        }
        return row(cells, true, false, 0);
    }

    /** The body rows; a table without rows has one row saying (无). Wrapped once, then kept. */
    List<Row> rows() {
        if (rows == null) {
            rows = List.copyOf(wrappedRows());
        }
        return rows;
    }

    private List<Row> wrappedRows() {
        List<Row> rows = new ArrayList<>();
        if (table.rows().isEmpty()) {
            rows.add(row(List.of(wrap(Labels.NONE, total(), false)), false, true, table.minRowHeight()));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(wrap(table.cell(r, c), widths[c], false));
            }
            rows.add(row(cells, false, false, table.minRowHeight()));
        }
        return rows;
    }

    /**
     * The row of text under body row {@code r} across the table's whole width ({@link TableSection#notes}), or
     * null when it has none.
     */
    Row note(int r) {
        if (notes == null) {
            notes = new Row[table.rows().size()];
        }
        String note = table.note(r);
        if (notes[r] == null && !note.isEmpty()) {
            notes[r] = row(List.of(wrap(note, total(), false)), false, true, 0);
        }
        return notes[r];
    }

    /** A row too tall for any page, cut into pieces that fit: the one case where a row must break. */
    List<Row> split(Row row, float maxHeight) {
        return split(row, maxHeight, maxHeight);
    }

    /**
     * A row cut into pieces, the first no taller than {@code firstHeight} (what is left of a page: a long note
     * runs on to the next page rather than leave the rest of this one blank), the others than {@code maxHeight}.
     */
    List<Row> split(Row row, float firstHeight, float maxHeight) {
        int first = Math.max(1, (int) Math.floor((firstHeight - 2 * PAD_Y) / lineHeight));
        int perPiece = Math.max(1, (int) Math.floor((maxHeight - 2 * PAD_Y) / lineHeight));
        int most = row.cells().stream().mapToInt(List::size).max().orElse(0);
        List<Row> pieces = new ArrayList<>();
        for (int from = 0; from < most; from += from == 0 ? first : perPiece) {
            List<List<String>> cells = new ArrayList<>();
            for (List<String> lines : row.cells()) {
                int end = Math.min(lines.size(), from + (from == 0 ? first : perPiece));
                cells.add(from < end ? lines.subList(from, end) : List.of());
            }
            pieces.add(row(cells, row.header(), row.spanning(), 0));
        }
        return pieces;
    }

    private Row row(List<List<String>> cells, boolean header, boolean spanning, float minHeight) {
        int lines = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        float height = Math.max(minHeight, lines * lineHeight + 2 * PAD_Y);
        float tight = Math.max(minHeight, lines * lineHeight + 2 * TIGHT_PAD_Y);
        return new Row(cells, height, header, spanning, Math.min(height, tight));
    }

    /** The height of a row of {@code lines} lines. */
    float height(int lines) {
        return lines * lineHeight + 2 * PAD_Y;
    }

    /** The row with less padding above and below its text, for a tightened page. */
    Row tight(Row row) {
        return new Row(row.cells(), row.tightHeight(), row.header(), row.spanning(), row.tightHeight());
    }

    private List<String> wrap(String text, float width, boolean bold) {
        return TextWrapper.wrap(fonts.clean(text), width - 2 * PAD_X, fonts.measure(bold, size));
    }

    float total() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }

    /** Draws a row with its top edge at {@code top}. */
    List<PageOp> draw(Row row, float top) {
        List<PageOp> ops = new ArrayList<>();
        float cellX = x;
        for (int c = 0; c < row.cells().size(); c++) {
            float w = row.spanning() ? total() : widths[c];
            ops.add(new PageOp.Box(cellX, top - row.height(), w, row.height(), row.header()));
            // A spanning row is the (无) of an empty table, centred, or a row's note, read from the left.
            Align align = row.header() ? Align.CENTER
                    : row.spanning() ? (table.rows().isEmpty() ? Align.CENTER : Align.LEFT)
                    : table.columns().get(c).align();
            List<String> lines = row.cells().get(c);
            float blockTop = top - (row.height() - lines.size() * lineHeight) / 2;
            for (int i = 0; i < lines.size(); i++) {
                // Centre the CJK em box (0.88 em above the baseline, 0.12 below) in its line.
                float baseline = blockTop - i * lineHeight - lineHeight / 2 - 0.38f * size;
                ops.add(PageFrame.aligned(fonts, lines.get(i), align, cellX + PAD_X, cellX + w - PAD_X,
                        baseline, row.header(), size));
            }
            cellX += w;
        }
        return ops;
    }
}
