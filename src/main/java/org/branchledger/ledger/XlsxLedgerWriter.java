package org.branchledger.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Saves ledgers as .xlsx workbooks laid out like their PDFs, every cell as text. */
public final class XlsxLedgerWriter {
    private static final String APPLICATION = "BranchLedger";
    /** SimSun: on every Chinese Windows and WPS machine, and what office forms are set in. */
    static final String FONT = "宋体";
    /** 第 1 页 共 3 页, with Excel's page-number fields. */
    static final String PAGE_FOOTER = "第 &P 页 共 &N 页";

    /** One ledger on one sheet. */
    public void write(LedgerDocument ledger, LocalDate printedOn, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(printedOn, "printedOn");
        LedgerFonts fonts = LedgerFonts.load();
        Workbook workbook = workbook(out, ledger.title(), ledger.branchName());
        XlsxSheet.write(workbook.newWorksheet(new SheetNames().unique(ledger.title())), ledger, printedOn, fonts);
        workbook.finish();
    }

    /** A contents sheet (目录) with links, then one sheet per ledger. */
    public void writePack(PackCover cover, List<LedgerDocument> ledgers, LocalDate printedOn, OutputStream out)
            throws IOException {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(printedOn, "printedOn");
        LedgerFonts fonts = LedgerFonts.load();
        Workbook workbook = workbook(out, cover.title(), cover.branchName());
        SheetNames names = new SheetNames();
        Worksheet contents = workbook.newWorksheet(names.unique(Labels.CONTENTS));
        List<String> sheetNames = new ArrayList<>();
        for (LedgerDocument ledger : ledgers) {
            sheetNames.add(names.unique(ledger.title()));
        }
        contents(contents, cover, ledgers, sheetNames, printedOn);
        for (int i = 0; i < ledgers.size(); i++) {
            XlsxSheet.write(workbook.newWorksheet(sheetNames.get(i)), ledgers.get(i), printedOn, fonts);
        }
        workbook.finish();
    }

    private static Workbook workbook(OutputStream out, String title, String branchName) {
        Workbook workbook = new Workbook(out, APPLICATION, "1.0");
        workbook.setGlobalDefaultFont(FONT, 11);
        workbook.properties().setTitle(title).setCompany(branchName);
        return workbook;
    }

    private static void contents(Worksheet ws, PackCover cover, List<LedgerDocument> ledgers, List<String> sheets,
                                 LocalDate printedOn) {
        double[] widths = {8, 40, 20, 26};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        int row = 0;
        ws.value(row, 0, cover.title());
        ws.range(row, 0, row, 3).merge();
        ws.range(row, 0, row, 3).style().bold().fontSize(20).horizontalAlignment("center")
                .verticalAlignment("center").set();
        ws.rowHeight(row++, 40);
        List<String> info = new ArrayList<>(List.of(Labels.BRANCH + cover.branchName(),
                Labels.PERIOD + cover.period(), Labels.PRINTED + Labels.date(printedOn)));
        if (cover.verificationCode() != null) {
            info.add(Labels.CODE + cover.verificationCode());
        }
        for (String line : info) {
            ws.value(row, 0, line);
            ws.range(row, 0, row, 3).merge();
            ws.range(row, 0, row, 3).style().fontSize(12).horizontalAlignment("left").set();
            ws.rowHeight(row++, 20);
        }
        row++;
        String[] header = {"序号", "材料名称", "期间", "工作表"};
        for (int c = 0; c < header.length; c++) {
            ws.value(row, c, header[c]);
        }
        ws.range(row, 0, row, 3).style().bold().fillColor("D9D9D9").borderStyle("thin")
                .horizontalAlignment("center").verticalAlignment("center").set();
        ws.repeatRows(row++);
        for (int i = 0; i < ledgers.size(); i++, row++) {
            ws.value(row, 0, String.valueOf(i + 1));
            ws.value(row, 1, ledgers.get(i).title());
            ws.value(row, 2, ledgers.get(i).period());
            ws.hyperlink(row, 3, HyperLink.internal("'" + sheets.get(i).replace("'", "''") + "'!A1", sheets.get(i)));
            ws.range(row, 0, row, 3).style().borderStyle("thin").wrapText(true).verticalAlignment("center")
                    .format("@").set();
            ws.style(row, 0).borderStyle("thin").horizontalAlignment("center").verticalAlignment("center")
                    .format("@").set();
        }
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation("portrait");
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.footer(PAGE_FOOTER, Position.CENTER, FONT, 9);
    }
}
