package org.branchledger.testing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/** The ledger tests' shared setup: a demo branch, and a ledger printed to PDF and read back with PDFBox. */
public final class LedgerPdf {
    /** The demo branch's name. */
    public static final String DEMO_BRANCH = "红旗村党支部（示范）";

    private LedgerPdf() {
    }

    /** Creates the demo branch with {@code members} members and {@code sessions} sessions in {@code year}. */
    public static Branch demo(App app, int members, int sessions, int year) {
        return app.demo().create(DEMO_BRANCH, members, sessions, year).branch();
    }

    /** Prints ledger {@code kind} as PDF to {@code pdf} and answers its text. */
    public static String print(App app, String kind, LedgerRequest request, Path pdf) throws Exception {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            app.ledgers().print(kind, request, LedgerService.Format.PDF, out);
        }
        return text(pdf);
    }

    /** How many pages a PDF has. */
    public static int pageCount(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The text of a PDF, as PDFBox reads it. */
    public static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
