package org.branchledger.ledger;

import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * One ledger on one worksheet, laid out like its PDF: title, branch and period, tables with bordered cells,
 * text lines, then printing date, verification code and signature lines; printed on A4 in the orientation the
 * PDF uses, one page wide, with the table header repeated on every page.
 */
final class XlsxSheet {
    /** Excel column width units (about one '0' of the default font) per point of PDF column width, per point of
     * PDF text size: a Han character is about two units wide in 11-point 宋体. */
    private static final double UNITS_PER_EM = 2.1;
    private static final double LINE_POINTS = 14.5;
    private static final String GREY = "D9D9D9";

    private final Worksheet ws;
    private final LedgerFonts fonts;
    private final int columns;
    private final double[] widths;
    private int row;

    private XlsxSheet(Worksheet ws, LedgerFonts fonts, int columns, double[] widths) {
        this.ws = ws;
        this.fonts = fonts;
        this.columns = columns;
        this.widths = widths;
    }

    static void write(Worksheet ws, LedgerDocument ledger, LocalDate printedOn, LedgerFonts fonts) {
        boolean landscape = LedgerLayout.landscape(ledger, fonts);
        float textWidth = PageGeometry.of(landscape).textWidth();
        TableSection widest = null;
        int tables = 0;
        for (Section section : ledger.sections()) {
            if (section instanceof TableSection table) {
                tables++;
                if (widest == null || table.columns().size() > widest.columns().size()) {
                    widest = table;
                }
            }
        }
        double[] widths;
        if (widest == null) {
            widths = new double[] {textWidth / 10.5 * UNITS_PER_EM};
        } else {
            float[] points = TableLayout.columnWidths(widest, fonts, textWidth);
            widths = new double[points.length];
            for (int c = 0; c < points.length; c++) {
                widths[c] = Math.min(Worksheet.MAX_COL_WIDTH, points[c] / TableLayout.fontSize(widest) * UNITS_PER_EM);
            }
        }
        XlsxSheet sheet = new XlsxSheet(ws, fonts, widths.length, widths);
        sheet.body(ledger, printedOn, tables == 1);
        sheet.pageSetup(landscape);
    }

    private void body(LedgerDocument ledger, LocalDate printedOn, boolean repeatHeader) {
        for (int c = 0; c < columns; c++) {
            ws.width(c, widths[c]);
        }
        merged(ledger.title(), "center", true, 16).set();
        ws.rowHeight(row - 1, 32);
        info(Labels.BRANCH + ledger.branchName(), Labels.PERIOD + ledger.period());
        for (Section section : ledger.sections()) {
            if (section instanceof TableSection table) {
                table(table, repeatHeader);
            } else if (section instanceof TextSection text) {
                for (String line : text.lines()) {
                    merged(line, "left", false, 11).wrapText(true).set();
                }
            }
        }
        row++;
        String printed = Labels.PRINTED + Labels.date(printedOn)
                + (ledger.verificationCode() == null ? "" : "    " + Labels.CODE + ledger.verificationCode());
        merged(printed, "left", false, 11).set();
        merged(ledger.signatures().line(), "left", false, 11).set();
        ws.rowHeight(row - 1, 24);
    }

    private void info(String branch, String period) {
        if (columns < 2) {
            merged(branch + "    " + period, "left", false, 11).set();
            return;
        }
        int half = (columns + 1) / 2;
        text(row, 0, branch);
        mergeAcross(0, half - 1);
        ws.range(row, 0, row, half - 1).style().horizontalAlignment("left").verticalAlignment("center").set();
        text(row, half, period);
        mergeAcross(half, columns - 1);
        ws.range(row, half, row, columns - 1).style().horizontalAlignment("right").verticalAlignment("center").set();
        ws.rowHeight(row, 20);
        row++;
    }

    private void table(TableSection table, boolean repeatHeader) {
        if (table.caption() != null && !table.caption().isBlank()) {
            merged(table.caption(), "left", true, 11).set();
        }
        List<Column> cols = table.columns();
        int last = cols.size() - 1;
        if (repeatHeader) {
            ws.repeatRows(row);
            ws.freezePane(0, row + 1);
        }
        for (int c = 0; c <= last; c++) {
            text(row, c, cols.get(c).title());
        }
        spanRest(last);
        ws.range(row, 0, row, columns - 1).style().bold().fillColor(GREY).borderStyle("thin").wrapText(true)
                .horizontalAlignment("center").verticalAlignment("center").set();
        row++;
        if (table.rows().isEmpty()) {
            text(row, 0, Labels.NONE);
            mergeAcross(0, columns - 1);
            ws.range(row, 0, row, columns - 1).style().borderStyle("thin").horizontalAlignment("center")
                    .verticalAlignment("center").set();
            row++;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c <= last; c++) {
                text(row, c, table.cell(r, c));
                ws.range(row, c, row, c == last ? columns - 1 : c).style().borderStyle("thin").wrapText(true)
                        .horizontalAlignment(align(cols.get(c).align())).verticalAlignment("center").format("@")
                        .set();
            }
            spanRest(last);
            if (table.minRowHeight() > 0) {
                ws.rowHeight(row, Math.max(table.minRowHeight(), estimatedHeight(table, r)));
            }
            row++;
            if (!table.note(r).isEmpty()) {
                merged(table.note(r), "left", false, 11).borderStyle("thin").wrapText(true).format("@").set();
            }
        }
    }

    /** A table narrower than the sheet's widest lets its last column run on to the sheet's right edge. */
    private void spanRest(int last) {
        if (last < columns - 1) {
            ws.range(row, last, row, columns - 1).merge();
        }
    }

    /** Merges cells of the current row; a single cell is left alone, as spreadsheets dislike one-cell merges. */
    private void mergeAcross(int from, int to) {
        if (to > from) {
            ws.range(row, from, row, to).merge();
        }
    }

    private static String align(Align align) {
        return switch (align) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        };
    }

    private double estimatedHeight(TableSection table, int r) {
        int lines = 1;
        for (int c = 0; c < table.columns().size() && c < columns; c++) {
            lines = Math.max(lines, TextWrapper.wrap(fonts.clean(table.cell(r, c)), (float) widths[c] - 1,
                    XlsxSheet::units).size());
        }
        return lines * LINE_POINTS + 4;
    }

    /** Text across the whole width; its height is set by hand, since spreadsheets do not fit merged rows. */
    private StyleSetter merged(String text, String align, boolean bold, int size) {
        text(row, 0, text);
        mergeAcross(0, columns - 1);
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        int lines = Math.max(1, TextWrapper.wrap(fonts.clean(text), (float) total - 1, XlsxSheet::units).size());
        ws.rowHeight(row, Math.min(Worksheet.MAX_ROW_HEIGHT, lines * (size + 4.5) + 5));
        StyleSetter style = ws.range(row, 0, row, columns - 1).style().fontSize(size)
                .horizontalAlignment(align).verticalAlignment("center");
        row++;
        return bold ? style.bold() : style;
    }

    private void text(int r, int c, String value) {
        ws.value(r, c, value == null ? "" : value);
    }

    /** Width in Excel column units: Han characters and full-width forms take two. */
    private static float units(String text) {
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            sum += cp >= 0x2E80 ? 2f : 1.1f;
        }
        return sum;
    }

    private void pageSetup(boolean landscape) {
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation(landscape ? "landscape" : "portrait");
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(0.79f);
        ws.rightMargin(0.59f);
        ws.topMargin(0.59f);
        ws.bottomMargin(0.71f);
        ws.footerMargin(0.3f);
        ws.footer(XlsxLedgerWriter.PAGE_FOOTER, Position.CENTER, XlsxLedgerWriter.FONT, 9);
    }
}
