package org.branchledger.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** An .xlsx read with FastExcel, one sheet at a time, streaming: a sheet is never held in memory. */
final class XlsxTableFile implements TableFile {
    /** Cell formats on (to tell dates from numbers); a cell FastExcel cannot parse becomes an error cell. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final XlsxCells cells;
    private final List<TableSheet> sheets;

    XlsxTableFile(Path file, String fileName) throws ImportFileException {
        this.fileName = fileName;
        ReadableWorkbook wb = null;
        try {
            wb = new ReadableWorkbook(file.toFile(), OPTIONS);
            this.cells = new XlsxCells(wb.isDate1904());
            try (Stream<Sheet> s = wb.getSheets()) {
                this.sheets = s.map(sheet -> (TableSheet) new XlsxSheet(sheet)).toList();
            }
            this.workbook = wb;
        } catch (IOException | RuntimeException e) { // FastExcel throws runtime exceptions on bad XML
            closeQuietly(wb);
            throw ImportFileException.corrupt(fileName, e);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<TableSheet> sheets() {
        return sheets;
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook wb) {
        try {
            if (wb != null) {
                wb.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // nothing was written; a failed close loses nothing
        }
    }

    private final class XlsxSheet implements TableSheet {
        private final Sheet sheet;

        XlsxSheet(Sheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public String name() {
            return sheet.getName();
        }

        @Override
        public boolean hidden() {
            return sheet.getVisibility() != SheetVisibility.VISIBLE;
        }

        @Override
        public CloseableIterator<SheetRow> rows() throws ImportFileException {
            Stream<Row> stream;
            try {
                stream = sheet.openStream();
            } catch (IOException | RuntimeException e) {
                throw ImportFileException.corrupt(fileName, e);
            }
            Iterator<Row> it = stream.iterator();
            return new CloseableIterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return it.hasNext();
                    } catch (RuntimeException e) {
                        throw failure(e);
                    }
                }

                @Override
                public SheetRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    try {
                        return cells.row(it.next());
                    } catch (RuntimeException e) {
                        throw failure(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        stream.close();
                    } catch (RuntimeException ignored) {
                        // reading only
                    }
                }
            };
        }

        private ImportFileError failure(RuntimeException e) {
            return new ImportFileError(ImportFileException.corrupt(fileName, e));
        }
    }
}
