package org.branchledger.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a ledger out on pages: picks the orientation, then places captions, tables and text top to bottom.
 * A table's header repeats on every page it runs onto, and a row never breaks across pages: one that does not
 * fit moves whole to the next page. A last page holding one lonely row is avoided where tightening the page before
 * it lets that row join it.
 */
final class LedgerLayout {
    static final float CAPTION_SIZE = 11f;
    static final float TEXT_SIZE = 10.5f;
    static final float TEXT_LEADING = 1.6f;
    static final float SECTION_GAP = 10f;
    /**
     * The version of this layout, kept with each print: {@code verify FILE} compares a printed PDF row by row
     * only with the layout it was printed with. Raise it whenever a change moves rows between pages or lines
     * (2: the attendance ledger's columns of names sized by what they hold; also an over-full table squeezed from
     * its least widths, issue 20. 3: the attendance ledger's names in a note across the table under each
     * session's row, its columns of names now counts).
     */
    static final int VERSION = 3;
    /** A row's note runs on to the next page only after this many of its lines. */
    static final int NOTE_LINES_KEPT = 2;
    /** Tables with more columns than this print landscape when the orientation is AUTO. */
    static final int PORTRAIT_MAX_COLUMNS = 8;

    private final LedgerFonts fonts;
    private final PageGeometry geometry;
    private final Frame frame;
    private final List<LaidPage> pages = new ArrayList<>();
    private List<PageOp> ops = new ArrayList<>();
    private List<LaidPage.CellBox> cells = new ArrayList<>();
    private float y;
    /** Body rows (or pieces of rows) of the current table on the current page, notes not counted. */
    private int rowsOnPage;
    /** Pages (0-based) whose table rows are laid with less padding, to take one more row. */
    private final Set<Integer> tightPages;
    /** Pages (0-based) on which a table that began on an earlier page ends with a single row. */
    private final List<Integer> loneRowPages = new ArrayList<>();

    /** Each table's sizes and wrapped rows by section, made once and kept for the runs with tightened pages. */
    private final Map<Integer, TableLayout> tables;

    private LedgerLayout(LedgerFonts fonts, PageGeometry geometry, Frame frame, Set<Integer> tightPages,
                         Map<Integer, TableLayout> tables) {
        this.tables = tables;
        this.fonts = fonts;
        this.geometry = geometry;
        this.frame = frame;
        this.tightPages = tightPages;
        this.y = top();
    }

    static List<LaidPage> layout(LedgerDocument ledger, LedgerFonts fonts) {
        return layout(ledger, fonts, Frame.of(ledger));
    }

    /**
     * Lays the ledger out; where a table's last page would hold a single row, the page before it is tightened
     * (less padding in its rows) so that row joins it, when that saves the page.
     */
    static List<LaidPage> layout(LedgerDocument ledger, LedgerFonts fonts, Frame frame) {
        PageGeometry geometry = PageGeometry.of(landscape(ledger, fonts));
        Map<Integer, TableLayout> tables = new HashMap<>();
        LedgerLayout best = run(ledger, fonts, geometry, frame, Set.of(), tables);
        // Tightened pages, and pages tried without saving one (neither is tried again).
        Set<Integer> tried = new HashSet<>();
        while (true) {
            Integer before = null;
            for (int page : best.loneRowPages) {
                if (!tried.contains(page - 1)) {
                    before = page - 1;
                    break;
                }
            }
            if (before == null) {
                return List.copyOf(best.pages);
            }
            tried.add(before);
            Set<Integer> more = new HashSet<>(best.tightPages);
            more.add(before);
            LedgerLayout tighter = run(ledger, fonts, geometry, frame, more, tables);
            if (tighter.pages.size() < best.pages.size()) {
                best = tighter;
            }
        }
    }

    private static LedgerLayout run(LedgerDocument ledger, LedgerFonts fonts, PageGeometry geometry, Frame frame,
                                    Set<Integer> tightPages, Map<Integer, TableLayout> tables) {
        LedgerLayout layout = new LedgerLayout(fonts, geometry, frame, tightPages, tables);
        for (int i = 0; i < ledger.sections().size(); i++) {
            Section section = ledger.sections().get(i);
            if (layout.y < layout.top()) {
                layout.y -= SECTION_GAP;
            }
            if (section instanceof TableSection table) {
                layout.table(table, i);
            } else if (section instanceof TextSection text) {
                layout.text(text);
            }
        }
        layout.newPage();
        return layout;
    }

    /**
     * Whether the ledger prints landscape: as asked, or under AUTO when a table has more than eight columns or
     * its columns' least comfortable widths do not fit across a portrait page.
     */
    static boolean landscape(LedgerDocument ledger, LedgerFonts fonts) {
        if (ledger.orientation() != Orientation.AUTO) {
            return ledger.orientation() == Orientation.LANDSCAPE;
        }
        float portraitWidth = PageGeometry.PORTRAIT.textWidth();
        for (Section section : ledger.sections()) {
            if (section instanceof TableSection table && (table.columns().size() > PORTRAIT_MAX_COLUMNS
                    || !TableLayout.fits(table, fonts, portraitWidth))) {
                return true;
            }
        }
        return false;
    }

    private float top() {
        return PageFrame.contentTop(geometry, frame);
    }

    private float bottom() {
        return PageFrame.contentBottom(geometry, frame);
    }

    private void newPage() {
        pages.add(new LaidPage(geometry, frame, ops, cells));
        ops = new ArrayList<>();
        cells = new ArrayList<>();
        y = top();
        rowsOnPage = 0;
    }

    private boolean atTop() {
        return y >= top();
    }

    private void table(TableSection table, int sectionIndex) {
        TableLayout layout = tables.computeIfAbsent(sectionIndex,
                i -> TableLayout.of(table, fonts, geometry.left(), geometry.textWidth()));
        TableLayout.Row header = layout.header();
        List<TableLayout.Row> rows = layout.rows();
        List<String> caption = table.caption() == null || table.caption().isBlank() ? List.of()
                : TextWrapper.wrap(fonts.clean(table.caption()), geometry.textWidth(),
                        fonts.measure(true, CAPTION_SIZE));
        float captionHeight = caption.size() * CAPTION_SIZE * TEXT_LEADING;
        // Keep the caption, the header and the first row together.
        float opening = captionHeight + header.height() + Math.min(rows.get(0).height(), (top() - bottom()) / 2);
        if (!atTop() && y - opening < bottom()) {
            newPage();
        }
        for (String line : caption) {
            textLine(line, true, CAPTION_SIZE);
        }
        placeRow(layout, header);
        int firstPage = pages.size();
        rowsOnPage = 0;
        float roomOnFreshPage = top() - bottom() - header.height();
        for (int r = 0; r < rows.size(); r++) {
            TableLayout.Row row = rows.get(r);
            // The (无) row of an empty table is no data row.
            int dataRow = table.rows().isEmpty() ? -1 : r;
            TableLayout.Row note = dataRow >= 0 ? layout.note(r) : null;
            // A row starts on the page with at least the first two lines of its note, the rest may run on.
            float noteStart = note == null ? 0 : Math.min(height(layout, note), layout.height(NOTE_LINES_KEPT));
            if (note != null && rowsOnPage > 0 && y - height(layout, row) - noteStart < bottom()) {
                newPage();
                placeRow(layout, header);
            }
            place(layout, header, row, sectionIndex, dataRow, false, roomOnFreshPage);
            if (note != null) {
                place(layout, header, note, sectionIndex, dataRow, true, roomOnFreshPage);
            }
        }
        if (pages.size() > firstPage && rowsOnPage == 1) {
            loneRowPages.add(pages.size());
        }
    }

    /** The row's height on the current page (less on a tightened one). */
    private float height(TableLayout layout, TableLayout.Row row) {
        return tightPages.contains(pages.size()) ? layout.tight(row).height() : row.height();
    }

    /**
     * Places a body row (or a row's note, its one cell across the table), cut into pieces when taller than a
     * page, each on a new page with the header when it does not fit.
     */
    private void place(TableLayout layout, TableLayout.Row header, TableLayout.Row row, int sectionIndex, int dataRow,
                      boolean note, float roomOnFreshPage) {
        float left = y - bottom();
        List<TableLayout.Row> pieces = note && height(layout, row) > left && left >= layout.height(NOTE_LINES_KEPT)
                ? layout.split(row, left, roomOnFreshPage)
                : row.height() > roomOnFreshPage ? layout.split(row, roomOnFreshPage) : List.of(row);
        for (TableLayout.Row piece : pieces) {
            TableLayout.Row placed = tightPages.contains(pages.size()) ? layout.tight(piece) : piece;
            if (y - placed.height() < bottom()) {
                newPage();
                placeRow(layout, header);
                placed = tightPages.contains(pages.size()) ? layout.tight(piece) : piece;
            }
            if (dataRow >= 0 && note) {
                cells.add(new LaidPage.CellBox(sectionIndex, dataRow, layout.widths().length, geometry.left(),
                        y - placed.height(), layout.total(), placed.height()));
            } else if (dataRow >= 0) {
                float x = geometry.left();
                float[] widths = layout.widths();
                for (int c = 0; c < widths.length; c++) {
                    cells.add(new LaidPage.CellBox(sectionIndex, dataRow, c, x, y - placed.height(), widths[c],
                            placed.height()));
                    x += widths[c];
                }
            }
            placeRow(layout, placed);
            if (!note) {
                rowsOnPage++;
            }
        }
    }

    private void placeRow(TableLayout layout, TableLayout.Row row) {
        ops.addAll(layout.draw(row, y));
        y -= row.height();
    }

    private void text(TextSection text) {
        TextWrapper.Measure measure = fonts.measure(false, TEXT_SIZE);
        for (String paragraph : text.lines()) {
            List<String> lines = TextWrapper.wrap(fonts.clean(paragraph), geometry.textWidth(), measure);
            for (String line : lines.isEmpty() ? List.of("") : lines) {
                textLine(line, false, TEXT_SIZE);
            }
        }
    }

    private void textLine(String line, boolean bold, float size) {
        float height = size * TEXT_LEADING;
        if (y - height < bottom() && !atTop()) {
            newPage();
        }
        if (!line.isEmpty()) {
            float baseline = y - height / 2 - 0.38f * size;
            ops.add(new PageOp.Text(geometry.left(), baseline, line, bold, size));
        }
        y -= height;
    }
}
