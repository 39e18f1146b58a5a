package org.branchledger.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws laid-out pages into a PDF, one page at a time: a page's body is written (compressed) as soon as it is
 * given and its ops can go; its frame (running head, signatures, "第 X 页 共 Y 页") is added as a second content
 * stream when the document is finished and the number of pages is known. Each document embeds the Noto Sans SC
 * faces it uses as subsets, from the fonts parsed once per JVM, so the text stays selectable and searchable and a
 * one-page ledger stays a few dozen kilobytes.
 */
final class PdfPainter implements AutoCloseable {
    static final String CREATOR = "支部台账 Branch Ledger";
    /** The document-information key under which a ledger carries the audit trail's head at printing. */
    static final String AUDIT_KEY = "BranchLedgerAudit";
    /** PDFBox reads the shared parsed fonts while embedding them: one painter at a time. */
    private static final Object FONTS_IN_USE = new Object();

    /** A page painted, with what its frame needs. */
    private record Painted(PDPage page, PDStream body, PageGeometry geometry, Frame frame) {
    }

    private final PDDocument document = new PDDocument();
    private final LedgerFonts fonts;
    private final PDResources resources = new PDResources();
    private final PDType0Font[] embedded = new PDType0Font[2];
    private final String[] names = new String[2];
    /**
     * Per face (regular, bold): the code point each glyph drawn stands for (0: not drawn), for the ToUnicode
     * maps; a glyph is added to the subset the first time it is drawn.
     */
    private final int[][] drawn = new int[2][0x10000];
    private final List<Painted> painted = new ArrayList<>();
    private final PageContent.Fonts glyphs = new PageContent.Fonts() {
        @Override
        public String name(boolean bold) throws IOException {
            return fontName(bold);
        }

        @Override
        public int glyph(boolean bold, int codePoint) {
            FontFace face = fonts.face(bold);
            int glyph = face.glyph(codePoint);
            int[] text = drawn[bold ? 1 : 0];
            if (text[glyph] == 0) {
                text[glyph] = face.canonical(codePoint);
                embedded[bold ? 1 : 0].addToSubset(codePoint);
            }
            return glyph;
        }
    };

    PdfPainter(LedgerFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the pages, numbered 1..n, as one PDF titled {@code title}. */
    static void paint(List<LaidPage> pages, LocalDate printedOn, LedgerFonts fonts, String title, String subject,
                      OutputStream out) throws IOException {
        paint(pages, printedOn, fonts, title, subject, null, out);
    }

    /** The same, with the audit trail's head ({@code 10234:hash}, or null) in the document information. */
    static void paint(List<LaidPage> pages, LocalDate printedOn, LedgerFonts fonts, String title, String subject,
                      String auditHead, OutputStream out) throws IOException {
        synchronized (FONTS_IN_USE) {
            try (PdfPainter painter = new PdfPainter(fonts)) {
                for (LaidPage page : pages) {
                    painter.add(page);
                }
                painter.finish(printedOn, title, subject, auditHead, out);
            }
        }
    }

    /** Runs {@code work} holding the fonts: everything a painter does must run inside it. */
    static <T> T withFonts(FontWork<T> work) throws IOException {
        synchronized (FONTS_IN_USE) {
            return work.run();
        }
    }

    /** Painting work. */
    interface FontWork<T> {
        T run() throws IOException;
    }

    /** The number of pages painted so far. */
    int pages() {
        return painted.size();
    }

    /** Paints the page's body as the last page. */
    void add(LaidPage page) throws IOException {
        insert(painted.size(), page);
    }

    /** Paints the page's body as page {@code index} (0-based), before those painted so far from there on. */
    void insert(int index, LaidPage page) throws IOException {
        PageGeometry g = page.geometry();
        PDPage pdPage = new PDPage(new PDRectangle(g.width(), g.height()));
        pdPage.setResources(resources);
        PDStream body = stream(PageContent.of(page.body(), glyphs));
        if (index == painted.size()) {
            document.addPage(pdPage);
        } else {
            document.getPages().insertBefore(pdPage, painted.get(index).page());
        }
        painted.add(index, new Painted(pdPage, body, g, page.frame()));
    }

    /** Adds each page's frame, embeds the fonts' subsets and writes the document. */
    void finish(LocalDate printedOn, String title, String subject, String auditHead, OutputStream out)
            throws IOException {
        int total = painted.size();
        for (int i = 0; i < total; i++) {
            Painted p = painted.get(i);
            List<PageOp> frame = PageFrame.ops(p.geometry(), p.frame(), i + 1, total, printedOn, fonts);
            p.page().setContents(List.of(p.body(), stream(PageContent.of(frame, glyphs))));
        }
        for (int f = 0; f < 2; f++) {
            if (embedded[f] != null) {
                embedded[f].subset();
                // PDFBox maps each glyph back to the font's lowest code point for it, which for 日 is the Kangxi
                // radical ⽇: copied and searched text should read the ideograph the ledger was written with.
                embedded[f].getCOSObject().setItem(COSName.TO_UNICODE, stream(ToUnicodeMap.of(drawn[f])));
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator(CREATOR);
        if (auditHead != null) {
            info.setCustomMetadataValue(AUDIT_KEY, auditHead);
        }
        document.getDocumentCatalog().setLanguage("zh-CN");
        document.save(out);
    }

    private String fontName(boolean bold) throws IOException {
        int f = bold ? 1 : 0;
        if (embedded[f] == null) {
            embedded[f] = PDType0Font.load(document, fonts.face(bold).ttf(), true);
            names[f] = resources.add(embedded[f]).getName();
        }
        return names[f];
    }

    private PDStream stream(byte[] content) throws IOException {
        return new PDStream(document, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
