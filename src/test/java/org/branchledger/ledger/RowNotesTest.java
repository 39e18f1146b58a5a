package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A table whose rows carry a note across the table's width right under them (the 考勤台账's names): the note
 * starts under its row, a long one runs on to the next page instead of leaving the page blank, `verify` reads
 * it row by row, and the .xlsx puts it in a row of its own under the row.
 */
class RowNotesTest {
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 22);
    private static final String[] NAMES = {"张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "欧阳明", "司马红"};

    /** Sessions whose notes name from none to 120 members (every fourth row has no note). */
    private static LedgerDocument sessions(String changedName) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of((i + 1) + "月" + (i % 28 + 1) + "日", "集中学习", "第 " + (i + 1) + " 次学习", "2.0"));
            List<String> names = new ArrayList<>();
            for (int n = 0; n < (i % 4 == 0 ? 0 : 3 * i); n++) {
                names.add(i == 7 && n == 2 && changedName != null ? changedName : NAMES[n % NAMES.length] + n);
            }
            notes.add(names.isEmpty() ? "" : "请假：" + String.join("、", names.subList(0, names.size() / 2))
                    + "；补课：" + String.join("、", names.subList(names.size() / 2, names.size())));
        }
        TableSection table = new TableSection(null, List.of(Column.center("日期", 1), Column.center("形式", 1),
                Column.of("主题", 4), Column.center("学时", 1)), rows).withNotes(notes);
        return new LedgerDocument("学习教育考勤台账", "红旗村党支部", "2026年度", Orientation.LANDSCAPE, List.of(table),
                "7QK3-M9XD");
    }

    @Test
    void eachNoteStartsRightUnderItsRowAndALongOneRunsOnToTheNextPage() throws Exception {
        LedgerDocument doc = sessions(null);
        TableSection table = (TableSection) doc.sections().get(0);
        List<LaidPage> pages = LedgerLayout.layout(doc, LedgerFonts.load());
        assertTrue(pages.size() > 1, "long enough to run over pages");
        int noteColumn = table.columns().size();
        boolean ranOn = false;
        for (int p = 0; p < pages.size(); p++) {
            LaidPage page = pages.get(p);
            float lowest = Float.MAX_VALUE;
            for (int i = 0; i < page.cells().size(); i++) {
                LaidPage.CellBox cell = page.cells().get(i);
                lowest = Math.min(lowest, cell.y());
                if (cell.column() == noteColumn && i > 0 && page.cells().get(i - 1).row() == cell.row()) {
                    LaidPage.CellBox above = page.cells().get(i - 1);
                    assertEquals(above.y(), cell.y() + cell.height(), 0.01, "row " + cell.row() + "'s note under it");
                    assertFalse(table.note(cell.row()).isEmpty());
                }
                ranOn |= i == 0 && cell.column() == noteColumn;
            }
            if (p < pages.size() - 1) {
                // A page is left short only by a row with the first two lines of its note.
                float left = lowest - PageFrame.contentBottom(page.geometry(), page.frame());
                assertTrue(left < 60, "page " + (p + 1) + " left " + left + " pt blank");
            }
        }
        assertTrue(ranOn, "a note continued at the top of a page");
    }

    @Test
    void verifyReadsTheNotesRowByRowAndTheWorkbookPutsEachUnderItsRow() throws Exception {
        LedgerDocument doc = sessions(null);
        ByteArrayOutputStream genuine = new ByteArrayOutputStream();
        new PdfLedgerWriter().write(doc, PRINTED, genuine);
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        new PdfLedgerWriter().write(sessions("王二麻"), PRINTED, forged);
        try (PDDocument same = Loader.loadPDF(genuine.toByteArray());
             PDDocument changed = Loader.loadPDF(forged.toByteArray())) {
            assertEquals(List.of(), PrintedRows.compare(same, doc, PRINTED));
            String text = PdfText.of(out -> out.write(genuine.toByteArray())).all().replaceAll("\\s+", "");
            assertTrue(text.contains("第8次学习2.0请假：张三0、李四1、王五2"), "row 8, then its note");
            // In a pack, where only each cell's text is looked for, a note cut by a page's frame still matches.
            assertTrue(LedgerService.printedTextMatches(doc, text));
            assertFalse(LedgerService.printedTextMatches(sessions("王二麻"), text));
            List<String> problems = PrintedRows.compare(changed, doc, PRINTED);
            assertFalse(problems.isEmpty());
            assertTrue(String.join("\n", problems).contains("王二麻"), problems.toString());
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxLedgerWriter().write(doc, PRINTED, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<String> firstCells = wb.getFirstSheet().read().stream().map(r -> r.getCellText(0)).toList();
            TableSection table = (TableSection) doc.sections().get(0);
            int at = firstCells.indexOf(table.cell(7, 0));
            assertTrue(at > 0);
            assertEquals(table.note(7), firstCells.get(at + 1), "row 8's note in the row under it");
            assertEquals(table.cell(8, 0), firstCells.get(at + 2));
            assertEquals(table.cell(9, 0), firstCells.get(at + 3), "the next row had no note");
        }
    }
}
