package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ledger does not end on a page holding one lonely row when tightening the page before makes room for it. */
class LastPageTest {
    private static LedgerDocument members(int rows, String foot) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(List.of(String.format("R%04d", i), SampleLedgers.name(i), "参加主题党日", "2026-12-07"));
        }
        List<Column> columns = List.of(Column.center("编号", 1.2f), Column.center("姓名", 1.5f),
                Column.of("活动内容", 6), Column.center("日期", 1.6f));
        List<Section> sections = new ArrayList<>(List.of(new TableSection(null, columns, body)));
        if (foot != null) {
            sections.add(TextSection.of(foot));
        }
        return new LedgerDocument("活动记实台账", SampleLedgers.BRANCH, "2026年度", Orientation.PORTRAIT, sections,
                "7QK3-M9XD");
    }

    /** How many body rows (R0001 …) each page holds. */
    private static List<Integer> rowsPerPage(List<LaidPage> pages) {
        List<Integer> counts = new ArrayList<>();
        for (LaidPage page : pages) {
            counts.add((int) page.body().stream().filter(op -> op instanceof PageOp.Text t && t.text().matches("R\\d{4}"))
                    .count());
        }
        return counts;
    }

    /** The height of a body row's boxes on the page (the header is shaded). */
    private static float rowHeight(LaidPage page) {
        return (float) page.body().stream().filter(op -> op instanceof PageOp.Box b && !b.shaded())
                .mapToDouble(op -> ((PageOp.Box) op).height()).min().orElseThrow();
    }

    @Test
    void noRowCountLeavesOneRowAloneOnTheLastPage() throws IOException {
        LedgerFonts fonts = LedgerFonts.load();
        int firstOverflow = -1;
        int previousPages = 1;
        for (int n = 20; n <= 110; n++) {
            List<LaidPage> pages = LedgerLayout.layout(members(n, null), fonts);
            List<Integer> rows = rowsPerPage(pages);
            assertEquals(n, rows.stream().mapToInt(Integer::intValue).sum(), "every row printed, " + n);
            assertTrue(pages.size() >= previousPages, "more rows never take fewer pages: " + n);
            if (pages.size() > 1) {
                if (firstOverflow < 0) {
                    firstOverflow = n;
                }
                assertTrue(rows.get(rows.size() - 1) >= 2, n + " rows: " + rows);
            }
            previousPages = pages.size();
        }
        assertTrue(firstOverflow > 20, "the first page holds a good many rows");
        // The most rows one page takes were fitted by tightening it: its rows are less tall than usual, so at
        // the usual height the last of them would have stood alone on a second page.
        List<LaidPage> tightened = LedgerLayout.layout(members(firstOverflow - 1, null), fonts);
        assertEquals(List.of(firstOverflow - 1), rowsPerPage(tightened));
        float usual = rowHeight(LedgerLayout.layout(members(20, null), fonts).get(0));
        float tight = rowHeight(tightened.get(0));
        assertTrue(tight < usual && tight > usual - 4, "tightened a little: " + tight + " < " + usual);
    }

    @Test
    void theTightenedPageStillPrintsEveryRowWholeAndTheFootFollows() throws IOException {
        LedgerFonts fonts = LedgerFonts.load();
        int fits = 20;
        while (LedgerLayout.layout(members(fits + 1, null), fonts).size() == 1) {
            fits++;
        }
        int n = fits;
        // One row more than a (tightened) page takes: two pages, every row whole and once, the foot after them.
        PdfText pdf = PdfText.of(out -> new PdfLedgerWriter().write(members(n + 1, "合计 " + (n + 1) + " 条。"),
                PdfLedgerWriterTest.PRINTED, out));
        String all = PdfText.squash(pdf.all());
        for (int i = 1; i <= n + 1; i++) {
            assertEquals(1, PdfText.count(all, String.format("R%04d", i)), "row " + i);
        }
        assertTrue(all.contains(PdfText.squash("合计 " + (n + 1) + " 条。")), all);
    }
}
