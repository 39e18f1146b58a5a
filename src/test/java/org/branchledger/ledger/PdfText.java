package org.branchledger.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF read back: its bytes and the text of each page. */
record PdfText(byte[] bytes, List<String> pages) {
    interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    static PdfText of(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        byte[] bytes = out.toByteArray();
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return new PdfText(bytes, pages);
    }

    /** A page's text (1-based) with all white space removed, for comparing wrapped text. */
    String squashed(int page) {
        return squash(pages.get(page - 1));
    }

    String all() {
        return String.join("\n", pages);
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
