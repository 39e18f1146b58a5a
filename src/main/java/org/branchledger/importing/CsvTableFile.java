package org.branchledger.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV file as one sheet. The encoding is found once, when the file is opened: a byte order mark
 * (UTF-8, or UTF-16 little- or big-endian as Excel's "Unicode 文本" writes it), else UTF-8 if every
 * byte sequence is valid UTF-8, else GB18030 (a superset of the GBK that Excel writes on a Chinese
 * Windows). The delimiter too: a tab when the first records split into more fields by tabs than by
 * commas, else a comma. Then the whole file is read once through, so a quote that does not pair is
 * refused when the file is opened, naming the row where it opened, before any row is used. Rows are
 * read streaming; every non-empty field is TEXT.
 */
final class CsvTableFile implements TableFile {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Records looked at to choose the delimiter: title rows and the header are within them. */
    private static final int DELIMITER_SAMPLE = 50;

    private final Path file;
    private final String fileName;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final TableSheet sheet = new TableSheet() {
        @Override
        public String name() {
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(0, dot) : fileName;
        }

        @Override
        public CloseableIterator<SheetRow> rows() throws ImportFileException {
            return open();
        }
    };

    CsvTableFile(Path file, String fileName) throws ImportFileException {
        this.file = file;
        this.fileName = fileName;
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(3);
            }
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                bomLength = 3;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                bomLength = 2;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                bomLength = 2;
            } else {
                charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
                bomLength = 0;
            }
            delimiter = detectDelimiter();
            checkQuotes();
        } catch (IOException e) {
            throw ImportFileException.unreadable(fileName, e);
        }
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(Path file) throws IOException {
        try (Reader r = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buf = new char[64 * 1024];
            while (r.read(buf) >= 0) {
                // decoding is the test
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A tab when the first records split into more fields by tabs than by commas. */
    private char detectDelimiter() throws IOException {
        return widestRecord('\t') > widestRecord(',') ? '\t' : ',';
    }

    private int widestRecord(char delimiter) throws IOException {
        int widest = 0;
        try (Reader reader = reader()) {
            CsvRecords records = new CsvRecords(reader, delimiter);
            for (int i = 0; i < DELIMITER_SAMPLE; i++) {
                List<String> fields = records.next();
                if (fields == null) {
                    break;
                }
                widest = Math.max(widest, fields.size());
            }
        } catch (CsvRecords.UnclosedQuoteException e) {
            // counted up to there; the quote is reported by checkQuotes
        }
        return widest;
    }

    /** Reads the file through once: a quote that does not pair refuses the file before a row is used. */
    private void checkQuotes() throws IOException, ImportFileException {
        try (Reader reader = reader()) {
            CsvRecords records = new CsvRecords(reader, delimiter);
            while (records.next() != null) {
                // parsing is the check
            }
        } catch (CsvRecords.UnclosedQuoteException e) {
            throw unpairedQuote(e);
        }
    }

    private ImportFileException unpairedQuote(CsvRecords.UnclosedQuoteException e) {
        String why = e.toEndOfFile ? "“\"”开始后直到文件末尾没有结束的引号"
                : "“\"”开始的单元格跨过换行到后面的行才结束，几行被并成了一行";
        return new ImportFileException(fileName, "第" + e.record + "行",
                "引号没有配对(" + why + ")，请用 Excel 打开后另存为 CSV 再导入", e);
    }

    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(new BufferedInputStream(in), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<TableSheet> sheets() {
        return List.of(sheet);
    }

    @Override
    public void close() {
        // each rows() iterator holds its own reader
    }

    private CloseableIterator<SheetRow> open() throws ImportFileException {
        Reader reader;
        try {
            reader = reader();
        } catch (IOException e) {
            throw ImportFileException.unreadable(fileName, e);
        }
        CsvRecords records = new CsvRecords(reader, delimiter);
        return new CloseableIterator<>() {
            private SheetRow next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = read();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow row = next;
                next = null;
                return row;
            }

            private SheetRow read() {
                try {
                    List<String> fields = records.next();
                    if (fields == null) {
                        return null;
                    }
                    List<Cell> cells = new ArrayList<>(fields.size());
                    for (String f : fields) {
                        cells.add(Cell.text(f));
                    }
                    return new SheetRow(records.recordNumber(), cells);
                } catch (CsvRecords.UnclosedQuoteException e) {
                    // the file changed since it was checked
                    throw new ImportFileError(unpairedQuote(e));
                } catch (IOException e) {
                    throw new ImportFileError(ImportFileException.unreadable(fileName, e));
                }
            }

            @Override
            public void close() {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // read only
                }
            }
        };
    }
}
