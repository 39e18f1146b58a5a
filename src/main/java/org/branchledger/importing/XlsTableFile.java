package org.branchledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/** A legacy .xls (BIFF8) read whole with POI's HSSF: such a file holds at most 65,536 rows a sheet. */
final class XlsTableFile implements TableFile {
    private final String fileName;
    private final HSSFWorkbook workbook;
    private final boolean date1904;
    private final List<TableSheet> sheets = new ArrayList<>();

    XlsTableFile(Path file, String fileName) throws ImportFileException {
        this.fileName = fileName;
        try (InputStream in = Files.newInputStream(file)) {
            POIFSFileSystem fs = new POIFSFileSystem(in);
            if (fs.getRoot().hasEntry("EncryptedPackage")) { // an .xlsx with a password sits in an OLE2 box
                throw encrypted(null);
            }
            this.workbook = new HSSFWorkbook(fs);
        } catch (EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (OldExcelFormatException e) {
            throw new ImportFileException(fileName, "文件格式过旧(Excel 95 或更早),请在 Excel 中另存为 .xlsx 后再导入", e);
        } catch (IOException | RuntimeException e) {
            throw ImportFileException.corrupt(fileName, e);
        }
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new XlsSheet(workbook.getSheetAt(i), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
    }

    private ImportFileException encrypted(Throwable cause) {
        return new ImportFileException(fileName, "文件设有密码,请先在 Excel 中取消密码再导入", cause);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<TableSheet> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // read only: nothing to lose
        }
    }

    private SheetRow row(HSSFRow row) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            HSSFCell c = row.getCell(i, Row.MissingCellPolicy.RETURN_NULL_AND_BLANK);
            cells.add(c == null ? Cell.BLANK : cell(c, c.getCellType()));
        }
        return new SheetRow(row.getRowNum() + 1, cells);
    }

    private Cell cell(HSSFCell c, CellType type) {
        return switch (type) {
            case NUMERIC -> number(c);
            case STRING -> Cell.text(c.getStringCellValue());
            case BOOLEAN -> Cell.text(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> Cell.text(errorText(c.getErrorCellValue()));
            case FORMULA -> cell(c, c.getCachedFormulaResultType());
            default -> Cell.BLANK;
        };
    }

    private Cell number(HSSFCell c) {
        double value = c.getNumericCellValue();
        boolean date = value >= 0 && (DateUtil.isCellDateFormatted(c) || ExcelDates.isDateFormat(
                (int) c.getCellStyle().getDataFormat(), c.getCellStyle().getDataFormatString()));
        double serial = date1904 ? value + ExcelDates.DAYS_1904_TO_1900 : value;
        if (date && ExcelDates.isDateSerial(serial)) {
            return Cell.date(serial);
        }
        return Cell.number(value);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private final class XlsSheet implements TableSheet {
        private final HSSFSheet sheet;
        private final boolean hidden;

        XlsSheet(HSSFSheet sheet, boolean hidden) {
            this.sheet = sheet;
            this.hidden = hidden;
        }

        @Override
        public String name() {
            return sheet.getSheetName();
        }

        @Override
        public boolean hidden() {
            return hidden;
        }

        @Override
        public CloseableIterator<SheetRow> rows() {
            Iterator<Row> it = sheet.rowIterator();
            return new CloseableIterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public SheetRow next() {
                    Row r = it.next();
                    try {
                        return row((HSSFRow) r);
                    } catch (RuntimeException e) {
                        throw new ImportFileError(ImportFileException.corrupt(fileName, e));
                    }
                }

                @Override
                public void close() {
                    // the workbook is in memory
                }
            };
        }
    }
}
