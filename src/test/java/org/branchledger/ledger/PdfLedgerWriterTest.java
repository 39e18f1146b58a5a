package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfLedgerWriterTest {
    static final LocalDate PRINTED = LocalDate.of(2026, 11, 22);
    private static final String LONG = "按照支部工作计划，组织党员深入学习党章党规，结合社区实际开展志愿服务活动，"
            + "重点做好独居老人走访、楼道环境整治和矛盾纠纷排查化解等工作，并形成书面材料报街道党工委备案。";
    private final PdfLedgerWriter writer = new PdfLedgerWriter();

    static List<String> row(int i) {
        String id = String.format("R%04d", i);
        String matter = i % 10 == 0 ? String.format("第%04d条", i) + LONG : "参加主题党日";
        return List.of(id, SampleLedgers.name(i), matter, String.format("备注%04d", i));
    }

    static LedgerDocument activities(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(row(i));
        }
        List<Column> columns = List.of(Column.center("编号", 1.2f), Column.center("姓名", 1.5f),
                Column.of("活动内容", 6), Column.of("备注", 1.6f));
        return new LedgerDocument("活动记实台账", SampleLedgers.BRANCH, "2026年度", Orientation.AUTO,
                List.of(new TableSection("活动记实", columns, body)), "7QK3-M9XD");
    }

    @Test
    void aLongTableRunsOverPagesWithItsFrameAndHeaderOnEveryPage() throws IOException {
        PdfText pdf = PdfText.of(out -> writer.write(activities(150), PRINTED, out));
        int n = pdf.pages().size();
        assertTrue(n >= 3, "150 rows should take several pages, got " + n);
        for (int i = 1; i <= n; i++) {
            String page = pdf.pages().get(i - 1);
            assertTrue(page.contains("活动记实台账"), "title on page " + i);
            for (String header : List.of("编号", "姓名", "活动内容", "备注")) {
                assertTrue(page.contains(header), header + " on page " + i);
            }
            assertTrue(page.contains("第 " + i + " 页 共 " + n + " 页"), "page number on page " + i + ":\n" + page);
            assertTrue(page.contains("打印日期：2026年11月22日"), "printing date on page " + i);
            assertTrue(page.contains("填表人") && page.contains("支部书记"), "signatures on page " + i);
            assertTrue(page.contains("校验码：7QK3-M9XD"), "code on page " + i);
            assertTrue(page.contains("党支部：" + SampleLedgers.BRANCH) && page.contains("期间：2026年度"));
        }
    }

    @Test
    void everyRowPrintsOnceAndWholeOnOnePage() throws IOException {
        PdfText pdf = PdfText.of(out -> writer.write(activities(150), PRINTED, out));
        String all = PdfText.squash(pdf.all());
        for (int i = 1; i <= 150; i++) {
            List<String> cells = row(i);
            assertEquals(1, PdfText.count(all, cells.get(0)), cells.get(0) + " printed once");
            int page = -1;
            for (int p = 1; p <= pdf.pages().size(); p++) {
                if (pdf.squashed(p).contains(cells.get(0))) {
                    page = p;
                }
            }
            String text = pdf.squashed(page);
            for (String cell : cells) {
                assertTrue(text.contains(PdfText.squash(cell)), "row " + i + " cell '" + cell + "' on page " + page);
            }
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndAOnePageLedgerIsSmall() throws IOException {
        PdfText pdf = PdfText.of(out -> writer.write(activities(12), PRINTED, out));
        assertEquals(1, pdf.pages().size());
        assertTrue(pdf.bytes().length < 100_000, "one page of table: " + pdf.bytes().length + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            PDResources resources = doc.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"), font.getName());
                fonts++;
            }
            assertEquals(2, fonts);
        }
    }

    static LedgerDocument columns(int count, Orientation orientation) {
        List<Column> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            columns.add(Column.of("栏目" + (c + 1), 1));
            cells.add("内容" + (c + 1));
        }
        return new LedgerDocument("测试台账", "第一党支部", "2026年", orientation,
                List.of(new TableSection(null, columns, List.of(cells))), null);
    }

    private boolean landscape(LedgerDocument ledger) throws IOException {
        PdfText pdf = PdfText.of(out -> writer.write(ledger, PRINTED, out));
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(Math.min(box.getWidth(), box.getHeight()), PDRectangle.A4.getWidth(), 0.5);
                assertEquals(Math.max(box.getWidth(), box.getHeight()), PDRectangle.A4.getHeight(), 0.5);
            }
            PDRectangle box = doc.getPage(0).getMediaBox();
            return box.getWidth() > box.getHeight();
        }
    }

    @Test
    void autoTurnsWideTablesToLandscapeAndObeysExplicitOrientation() throws IOException {
        assertTrue(landscape(columns(14, Orientation.AUTO)));
        assertFalse(landscape(columns(4, Orientation.AUTO)));
        assertTrue(landscape(columns(4, Orientation.LANDSCAPE)));
        assertFalse(landscape(columns(14, Orientation.PORTRAIT)));
        assertTrue(landscape(SampleLedgers.roster(5, Orientation.AUTO)));
        assertTrue(PdfLedgerWriter.landscape(columns(9, Orientation.AUTO)));
    }

    @Test
    void autoTurnsToLandscapeWhenLongNumbersWouldNotFitPortrait() throws IOException {
        List<Column> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            columns.add(Column.of("号码" + c, 1));
            cells.add("110101198503071234");
        }
        LedgerDocument ledger = new LedgerDocument("号码表", "支部", "2026年", Orientation.AUTO,
                List.of(new TableSection(null, columns, List.of(cells))), null);
        assertTrue(landscape(ledger));
    }

    @Test
    void anEmptyTablePrintsItsHeaderAndNone() throws IOException {
        LedgerDocument ledger = new LedgerDocument("民主评议结果公示", "第一党支部", "2026年", Orientation.AUTO,
                List.of(new TableSection("评议结果", List.of(Column.of("序号", 1), Column.of("姓名", 2),
                        Column.of("评定等次", 2)), List.of()), TextSection.of("公示期: 2026年1月5日至1月11日")), null);
        PdfText pdf = PdfText.of(out -> writer.write(ledger, PRINTED, out));
        String page = pdf.pages().get(0);
        assertTrue(page.contains("评定等次") && page.contains("（无）") && page.contains("评议结果"), page);
        assertTrue(page.contains("公示期: 2026年1月5日至1月11日"), page);
        assertFalse(page.contains("校验码"), "no code given, none printed");
    }

    @Test
    void charactersTheFontLacksDoNotStopThePrint() throws IOException {
        LedgerDocument ledger = new LedgerDocument("考勤\u0007台账😀", "支部\t一", "2026", Orientation.AUTO, List.of(
                new TableSection(null, List.of(Column.of("集中学习是否达⅔", 1), Column.of("备注", 1)),
                        Arrays.asList(Arrays.asList("是😀", null), List.of("\u200B否\r\n补课", "𠮷"))),
                new TextSection(Arrays.asList("第一行\r\n第二行", null))), "X");
        PdfText pdf = PdfText.of(out -> writer.write(ledger, PRINTED, out));
        String text = pdf.all();
        assertTrue(text.contains("集中学习是否达2/3"), text);
        assertTrue(text.contains("是?"), text);
        assertTrue(text.contains("第一行") && text.contains("第二行") && text.contains("补课"), text);
    }

    @Test
    void aRowTallerThanAPageIsCutRatherThanLost() throws IOException {
        String huge = LONG.repeat(40);
        LedgerDocument ledger = new LedgerDocument("长文本", "支部", "2026", Orientation.PORTRAIT, List.of(
                new TableSection(null, List.of(Column.of("序号", 1), Column.of("内容", 8)),
                        List.of(List.of("1", huge), List.of("2", "短")))), null);
        PdfText pdf = PdfText.of(out -> writer.write(ledger, PRINTED, out));
        assertTrue(pdf.pages().size() >= 2);
        assertTrue(PdfText.squash(pdf.all()).contains("短"));
        assertEquals(40, PdfText.count(pdf.all(), "案"), "every line of the tall row is printed");
    }
}
