package org.branchledger.ledger;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.branchledger.core.i18n.Messages;

/**
 * Compares a printed ledger (PDF) with the same ledger rebuilt from the data, row by row and in order: the
 * rebuilt ledger is laid out and painted exactly as when it was printed, then the text inside each cell of
 * each row is read from both PDFs and compared (whitespace ignored). So two members' values swapped in the
 * file, or rows moved, are named by page and row, which a check of "does each value appear somewhere"
 * cannot see.
 */
final class PrintedRows {
    static final int MAX_REPORTED = 10;

    private PrintedRows() {
    }

    /** The rows that differ, in words; empty when the file shows exactly what the data gives. */
    static List<String> compare(PDDocument printed, LedgerDocument expected, LocalDate printedOn) throws IOException {
        LedgerFonts fonts = LedgerFonts.load();
        List<LaidPage> pages = LedgerLayout.layout(expected, fonts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfPainter.paint(pages, printedOn, fonts, expected.title(), "", bytes);
        List<String> lines = new ArrayList<>();
        int differing = 0;
        try (PDDocument rebuilt = Loader.loadPDF(bytes.toByteArray())) {
            int have = printed.getNumberOfPages();
            int want = rebuilt.getNumberOfPages();
            if (have != want) {
                lines.add(Messages.get("verify.rows.pages", String.valueOf(have), String.valueOf(want)));
            }
            for (int p = 0; p < Math.min(have, want); p++) {
                LaidPage page = pages.get(p);
                Map<LaidPage.CellBox, String> got = cellTexts(printed.getPage(p), page);
                Map<LaidPage.CellBox, String> should = cellTexts(rebuilt.getPage(p), page);
                boolean rowDiffers = false;
                int rowOnPage = 0;
                for (List<LaidPage.CellBox> row : rows(page)) {
                    rowOnPage++;
                    boolean same = true;
                    List<String> shown = new ArrayList<>();
                    for (LaidPage.CellBox cell : row) {
                        same &= compact(got.get(cell)).equals(compact(should.get(cell)));
                        String text = oneLine(got.get(cell));
                        if (!text.isEmpty()) {
                            shown.add(text);
                        }
                    }
                    if (!same) {
                        rowDiffers = true;
                        if (++differing <= MAX_REPORTED) {
                            lines.add(Messages.get("verify.rows.differs", String.valueOf(p + 1),
                                    String.valueOf(rowOnPage), String.join(" ", shown), expectedRow(expected, row)));
                        }
                    }
                }
                if (!rowDiffers && !compact(pageText(printed, p)).equals(compact(pageText(rebuilt, p)))) {
                    lines.add(Messages.get("verify.rows.pageText", String.valueOf(p + 1)));
                }
            }
        }
        if (differing > MAX_REPORTED) {
            lines.add(Messages.get("verify.rows.more", String.valueOf(differing - MAX_REPORTED)));
        }
        return lines;
    }

    /** The page's cells grouped by row, in the order printed (a row cut across pages counts on each). */
    private static List<List<LaidPage.CellBox>> rows(LaidPage page) {
        Map<Long, List<LaidPage.CellBox>> rows = new LinkedHashMap<>();
        for (LaidPage.CellBox cell : page.cells()) {
            rows.computeIfAbsent(((long) cell.section() << 32) | cell.row(), k -> new ArrayList<>()).add(cell);
        }
        return List.copyOf(rows.values());
    }

    /** The row as the data gives it, its non-empty cells separated by spaces. */
    private static String expectedRow(LedgerDocument doc, List<LaidPage.CellBox> row) {
        TableSection table = (TableSection) doc.sections().get(row.get(0).section());
        List<String> cells = new ArrayList<>();
        int last = -1;
        for (LaidPage.CellBox cell : row) {
            if (cell.column() != last) {
                String text = oneLine(cell.column() == table.columns().size() ? table.note(cell.row())
                        : table.cell(cell.row(), cell.column()));
                if (!text.isEmpty()) {
                    cells.add(text);
                }
                last = cell.column();
            }
        }
        return String.join(" ", cells);
    }

    /** The text inside each cell of the page, read with PDFBox's area extraction. */
    private static Map<LaidPage.CellBox, String> cellTexts(PDPage page, LaidPage laid) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        float height = page.getMediaBox().getHeight();
        List<LaidPage.CellBox> cells = laid.cells();
        for (int i = 0; i < cells.size(); i++) {
            LaidPage.CellBox c = cells.get(i);
            // The stripper measures from the top of the page; a half point inside the borders.
            stripper.addRegion(String.valueOf(i), new Rectangle2D.Float(c.x() + 0.5f, height - c.y() - c.height() + 0.5f,
                    c.width() - 1f, c.height() - 1f));
        }
        stripper.extractRegions(page);
        Map<LaidPage.CellBox, String> out = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            out.put(cells.get(i), stripper.getTextForRegion(String.valueOf(i)));
        }
        return out;
    }

    private static String pageText(PDDocument doc, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(doc);
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    /** A cell's wrapped lines joined again. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "");
    }
}
