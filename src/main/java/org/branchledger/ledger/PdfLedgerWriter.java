package org.branchledger.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints ledgers as A4 PDFs: each page carries the title, branch and period at the top, and signature lines,
 * "第 X 页 共 Y 页", the printing date and the verification code at the bottom. The PDF is also what goes to
 * the printer (through PDFBox's {@code PDFPageable}), so what is previewed is what is printed.
 */
public final class PdfLedgerWriter {
    /** Loads nothing: the font is read on the first write and kept for the life of the JVM. */
    public PdfLedgerWriter() {
    }

    public void write(LedgerDocument ledger, LocalDate printedOn, OutputStream out) throws IOException {
        write(ledger, printedOn, null, out);
    }

    /**
     * The same, carrying in the PDF's document information the audit trail's newest entry at printing
     * ({@link org.branchledger.core.audit.AuditAnchor#text()}, or null): an anchor outside the database.
     */
    public void write(LedgerDocument ledger, LocalDate printedOn, String auditHead, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(printedOn, "printedOn");
        LedgerFonts fonts = LedgerFonts.load();
        List<LaidPage> pages = LedgerLayout.layout(ledger, fonts);
        PdfPainter.paint(pages, printedOn, fonts, ledger.title(), subject(ledger.branchName(), ledger.period()),
                auditHead, out);
    }

    /** A cover, a table of contents, then every ledger, numbered continuously from the cover (page 1). */
    public void writePack(PackCover cover, List<LedgerDocument> ledgers, LocalDate printedOn, OutputStream out)
            throws IOException {
        writePack(cover, ledgers, printedOn, null, out);
    }

    /** The pack, carrying the audit trail's head like {@link #write(LedgerDocument, LocalDate, String, OutputStream)}. */
    public void writePack(PackCover cover, List<LedgerDocument> ledgers, LocalDate printedOn, String auditHead,
                          OutputStream out) throws IOException {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(printedOn, "printedOn");
        LedgerFonts fonts = LedgerFonts.load();
        List<LedgerDocument> all = List.copyOf(ledgers);
        PdfPainter.withFonts(() -> {
            try (PdfPainter painter = new PdfPainter(fonts)) {
                // Each ledger's pages are painted as soon as they are laid out, and go: a pack of a thousand
                // members never holds more than one ledger's laid-out pages.
                List<Integer> bodyPages = new ArrayList<>();
                for (LedgerDocument ledger : all) {
                    int before = painter.pages();
                    for (LaidPage page : PackLayout.body(cover, ledger, fonts)) {
                        painter.add(page);
                    }
                    bodyPages.add(painter.pages() - before);
                }
                List<LaidPage> front = PackLayout.front(cover, all, bodyPages, printedOn, fonts);
                for (int i = 0; i < front.size(); i++) {
                    painter.insert(i, front.get(i));
                }
                painter.finish(printedOn, cover.title(), subject(cover.branchName(), cover.period()), auditHead, out);
                return null;
            }
        });
    }

    /**
     * Parses one face of the font now (each takes a few hundred milliseconds), so that it is ready when the first
     * ledger is written: the command line calls it for both faces beside opening the data folder, the 台账打印
     * page when it opens.
     */
    public static void preloadFont(boolean bold) {
        try {
            FontFace.load(bold ? FontFace.BOLD : FontFace.REGULAR);
        } catch (IOException e) {
            // The write that needs it reports it.
        }
    }

    /** Whether a ledger prints landscape, as {@link Orientation#AUTO} would decide it for the PDF and the .xlsx. */
    public static boolean landscape(LedgerDocument ledger) throws IOException {
        return LedgerLayout.landscape(ledger, LedgerFonts.load());
    }

    private static String subject(String branchName, String period) {
        return (branchName + " " + period).strip();
    }
}
