package org.branchledger.ledger;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.branchledger.core.UserError;

/** The printers of this PC, and printing a ledger's PDF to one of them. */
final class PrinterChoice {
    private PrinterChoice() {
    }

    static List<String> names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    static void print(byte[] pdf, String printerName, String jobName) throws IOException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> UserError.badInput("找不到打印机“" + printerName + "”"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(service);
            job.setPageable(new PDFPageable(doc));
            job.print();
        } catch (PrinterException e) {
            throw UserError.badInput("打印失败: " + e.getMessage());
        }
    }
}
