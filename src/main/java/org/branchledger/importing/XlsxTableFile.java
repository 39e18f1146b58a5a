package org.branchledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** An .xlsx read with FastExcel, one sheet at a time, streaming: a sheet is never held in memory. */
final class XlsxTableFile implements TableFile {
    /** Cell formats on (to tell dates from numbers); a cell FastExcel cannot parse becomes an error cell. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    /**
     * For a workbook without a styles part (legal, and written by some tools), which FastExcel cannot open
     * with cell formats on: every number is then a plain number (dates arrive as serials, which the date
     * columns read).
     */
    private static final ReadingOptions WITHOUT_FORMATS = new ReadingOptions(false, true);

    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");
    private static final Pattern PART_NAME = Pattern.compile("PartName\\s*=\\s*[\"']([^\"']+)[\"']");

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final XlsxCells cells;
    private final List<TableSheet> sheets;

    XlsxTableFile(Path file, String fileName) throws ImportFileException {
        this.fileName = fileName;
        ReadableWorkbook wb = null;
        try {
            wb = open(file);
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

    /**
     * With cell formats when the package has a styles part; without them when it has none, or when they
     * cannot be read (a broken styles part).
     */
    private static ReadableWorkbook open(Path file) throws IOException {
        if (!hasStyles(file)) {
            return new ReadableWorkbook(file.toFile(), WITHOUT_FORMATS);
        }
        try {
            return new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException withFormats) {
            try {
                return new ReadableWorkbook(file.toFile(), WITHOUT_FORMATS);
            } catch (IOException | RuntimeException without) {
                withFormats.addSuppressed(without);
                throw withFormats;
            }
        }
    }

    /** Whether [Content_Types].xml names a styles part and the package holds it (as FastExcel looks for it). */
    static boolean hasStyles(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return false;
            }
            String xml;
            try (InputStream in = zip.getInputStream(types)) {
                xml = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            Matcher m = OVERRIDE.matcher(xml);
            while (m.find()) {
                String element = m.group();
                Matcher name = PART_NAME.matcher(element);
                if (element.contains(STYLES_TYPE) && name.find()) {
                    String part = name.group(1).startsWith("/") ? name.group(1).substring(1) : name.group(1);
                    return zip.getEntry(part) != null;
                }
            }
            return false;
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
