package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PackTest {
    private final PdfLedgerWriter writer = new PdfLedgerWriter();

    @Test
    void coverThenContentsThenLedgersNumberedAsOne() throws IOException {
        List<LedgerDocument> ledgers = List.of(SampleLedgers.roster(40, Orientation.AUTO), SampleLedgers.signIn(),
                PdfLedgerWriterTest.activities(70), SampleLedgers.pledges());
        PackCover cover = new PackCover("督查材料包", SampleLedgers.BRANCH, "2026年度", "PACK-0042");
        PdfText pdf = PdfText.of(out -> writer.writePack(cover, ledgers, PdfLedgerWriterTest.PRINTED, out));
        int n = pdf.pages().size();

        String first = pdf.pages().get(0);
        assertTrue(first.contains("督查材料包") && first.contains(SampleLedgers.BRANCH) && first.contains("2026年度"));
        assertTrue(first.contains("打印日期：2026年11月22日"));
        for (LedgerDocument ledger : ledgers) {
            assertTrue(first.contains(ledger.title()), "the cover lists " + ledger.title());
        }
        assertTrue(pdf.pages().get(1).contains("目录"));

        for (int i = 1; i <= n; i++) {
            String page = pdf.pages().get(i - 1);
            assertTrue(page.contains("第 " + i + " 页 共 " + n + " 页"), "page " + i + ":\n" + page);
            assertTrue(page.contains("校验码："), "a code on page " + i);
        }

        String contents = pdf.pages().get(1);
        int previous = 2;
        for (LedgerDocument ledger : ledgers) {
            Matcher m = Pattern.compile("\\d+ " + Pattern.quote(ledger.title()) + " .*?(\\d+)\\s*$", Pattern.MULTILINE)
                    .matcher(contents);
            assertTrue(m.find(), ledger.title() + " in the contents:\n" + contents);
            int start = Integer.parseInt(m.group(1));
            assertTrue(start > previous, "ledgers start in order");
            assertEquals(start, firstPageAfterContents(pdf, ledger.title()), ledger.title());
            assertTrue(pdf.pages().get(start - 1).contains("第 " + start + " 页"));
            previous = start;
        }
    }

    private static int firstPageAfterContents(PdfText pdf, String title) {
        for (int p = 3; p <= pdf.pages().size(); p++) {
            if (pdf.pages().get(p - 1).contains(title)) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void aLongPackHasSeveralContentsPagesAndStillNumbersRight() throws IOException {
        List<LedgerDocument> ledgers = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ledgers.add(new LedgerDocument("学习签到表(第" + i + "次)", "第一党支部", "2026年" + (1 + i % 12) + "月",
                    Orientation.AUTO, List.of(TextSection.of("主题: 第" + i + "次集中学习")), null));
        }
        PackCover cover = new PackCover("督查材料包", "第一党支部", "2026年度", null);
        PdfText pdf = PdfText.of(out -> writer.writePack(cover, ledgers, PdfLedgerWriterTest.PRINTED, out));
        assertTrue(pdf.pages().get(2).contains("目录"), "contents run onto a second page");
        int contentsPages = pdf.pages().size() - 1 - ledgers.size();
        assertEquals(1 + contentsPages + 40, pdf.pages().size());
        assertTrue(pdf.pages().get(pdf.pages().size() - 1).contains("学习签到表(第40次)"));
        String contents = String.join("\n", pdf.pages().subList(1, 1 + contentsPages));
        assertTrue(contents.contains("学习签到表(第40次) 2026年5月 " + pdf.pages().size()), contents);
    }
}
