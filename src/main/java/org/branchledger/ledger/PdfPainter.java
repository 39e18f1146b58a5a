package org.branchledger.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws laid-out pages into a PDF. Each document gets its own Noto Sans SC fonts embedded as subsets, so the
 * text stays selectable and searchable and a one-page ledger stays a few dozen kilobytes.
 */
final class PdfPainter {
    private static final float LINE_WIDTH = 0.5f;
    private static final float HEADER_GREY = 0.88f;
    static final String CREATOR = "支部台账 Branch Ledger";
    /** The document-information key under which a ledger carries the audit trail's head at printing. */
    static final String AUDIT_KEY = "BranchLedgerAudit";

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDFont current;
    private float currentSize;

    private PdfPainter(PDDocument document, LedgerFonts fonts) throws IOException {
        this.document = document;
        this.regular = load(document, fonts.regular());
        this.bold = load(document, fonts.bold());
    }

    /**
     * Same as {@code PDType0Font.load(document, inputStream, true)}, which copies the stream into a
     * RandomAccessReadBuffer and calls this overload, but reads the JVM's cached bytes without a 10 MB copy.
     * The last argument is "vertical" (it would write Identity-V), so it must stay false.
     */
    private static PDFont load(PDDocument document, FontFace face) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(face.bytes()), true, false);
    }

    /** Writes the pages, numbered 1..n, as one PDF titled {@code title}. */
    static void paint(List<LaidPage> pages, LocalDate printedOn, LedgerFonts fonts, String title, String subject,
                      OutputStream out) throws IOException {
        paint(pages, printedOn, fonts, title, subject, null, out);
    }

    /** The same, with the audit trail's head ({@code 10234:hash}, or null) in the document information. */
    static void paint(List<LaidPage> pages, LocalDate printedOn, LedgerFonts fonts, String title, String subject,
                      String auditHead, OutputStream out) throws IOException {
        byte[] bytes;
        try (PDDocument document = new PDDocument()) {
            PdfPainter painter = new PdfPainter(document, fonts);
            for (int i = 0; i < pages.size(); i++) {
                LaidPage page = pages.get(i);
                List<PageOp> frame = PageFrame.ops(page.geometry(), page.frame(), i + 1, pages.size(), printedOn, fonts);
                painter.page(page.geometry(), page.body(), frame);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setCreator(CREATOR);
            if (auditHead != null) {
                info.setCustomMetadataValue(AUDIT_KEY, auditHead);
            }
            document.getDocumentCatalog().setLanguage("zh-CN");
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            document.save(first);
            bytes = first.toByteArray();
        }
        // The fonts are subset, and their ToUnicode maps written, only while saving: mend them in the saved file.
        try (PDDocument saved = Loader.loadPDF(bytes)) {
            ToUnicodeRepair.repair(saved, fonts);
            saved.save(out);
        }
    }

    private void page(PageGeometry geometry, List<PageOp> body, List<PageOp> frame) throws IOException {
        PDPage page = new PDPage(new PDRectangle(geometry.width(), geometry.height()));
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setLineWidth(LINE_WIDTH);
            cs.setStrokingColor(0f);
            shapes(cs, body);
            shapes(cs, frame);
            cs.setNonStrokingColor(0f);
            current = null;
            cs.beginText();
            text(cs, body);
            text(cs, frame);
            cs.endText();
        }
    }

    private static void shapes(PDPageContentStream cs, List<PageOp> ops) throws IOException {
        for (PageOp op : ops) {
            if (op instanceof PageOp.Box box) {
                cs.addRect(box.x(), box.y(), box.width(), box.height());
                if (box.shaded()) {
                    cs.setNonStrokingColor(HEADER_GREY);
                    cs.fillAndStroke();
                } else {
                    cs.stroke();
                }
            } else if (op instanceof PageOp.Rule rule) {
                cs.setLineWidth(rule.lineWidth());
                cs.moveTo(rule.x1(), rule.y1());
                cs.lineTo(rule.x2(), rule.y2());
                cs.stroke();
                cs.setLineWidth(LINE_WIDTH);
            }
        }
    }

    private void text(PDPageContentStream cs, List<PageOp> ops) throws IOException {
        for (PageOp op : ops) {
            if (op instanceof PageOp.Text text && !text.text().isEmpty()) {
                PDFont font = text.bold() ? bold : regular;
                if (font != current || text.size() != currentSize) {
                    cs.setFont(font, text.size());
                    current = font;
                    currentSize = text.size();
                }
                cs.setTextMatrix(Matrix.getTranslateInstance(text.x(), text.y()));
                cs.showText(text.text());
            }
        }
    }
}
