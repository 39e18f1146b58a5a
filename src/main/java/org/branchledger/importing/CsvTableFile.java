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
 * A CSV file as one sheet. The encoding is found once, when the file is opened: a UTF-8 byte order mark,
 * else UTF-8 if every byte sequence is valid UTF-8, else GB18030 (a superset of the GBK that Excel
 * writes on a Chinese Windows). Rows are read streaming; every non-empty field is TEXT.
 */
final class CsvTableFile implements TableFile {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final String fileName;
    private final Charset charset;
    private final boolean bom;
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
            this.bom = startsWithBom(file);
            this.charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        } catch (IOException e) {
            throw ImportFileException.unreadable(fileName, e);
        }
    }

    Charset charset() {
        return charset;
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
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
            InputStream in = Files.newInputStream(file);
            if (bom) {
                in.skipNBytes(3);
            }
            reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
        } catch (IOException e) {
            throw ImportFileException.unreadable(fileName, e);
        }
        CsvRecords records = new CsvRecords(reader);
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
                    throw new ImportFileError(new ImportFileException(fileName,
                            "第" + e.record + "行的引号没有闭合,文件可能已损坏", e));
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
