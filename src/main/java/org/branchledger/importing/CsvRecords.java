package org.branchledger.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read from a stream: fields split by a delimiter (a comma, or a tab in Excel's "Unicode
 * 文本"), quoted fields with doubled quotes and line breaks inside, records ended by CRLF, LF or CR.
 * Lenient where Excel is: a quote inside an unquoted field is kept as it is, and so is text after a
 * closing quote on the same line. A line break inside quotes becomes "\n", as in an Excel cell.
 */
final class CsvRecords {
    /**
     * A quote that does not pair: a quoted field left open at the end of the file, or one that ran over
     * a line break and closed with text after it on the same field (a stray quote that swallowed the
     * lines up to the next stray quote: rows silently merged).
     */
    static final class UnclosedQuoteException extends IOException {
        /** The 1-based record where the quote opened. */
        final int record;
        /** True when the quote never closed; false when it closed lines later with text after it. */
        final boolean toEndOfFile;

        UnclosedQuoteException(int record, boolean toEndOfFile) {
            super((toEndOfFile ? "unclosed quote in record " : "quote spanning lines, then text, in record ") + record);
            this.record = record;
            this.toEndOfFile = toEndOfFile;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private int recordNumber;

    CsvRecords(Reader in) {
        this(in, ',');
    }

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The 1-based number of the record last returned. */
    int recordNumber() {
        return recordNumber;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                boolean spannedLines = readQuoted(field);
                c = read();
                if (spannedLines && !endOfField(c) && c != ' ') {
                    throw new UnclosedQuoteException(recordNumber, false);
                }
                continue; // anything after the closing quote up to the delimiter is kept (lenient)
            }
            if (endOfField(c)) {
                fields.add(field.toString());
                field.setLength(0);
                if (c == delimiter) {
                    c = read();
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return fields;
            }
            field.append((char) c);
            c = read();
        }
    }

    private boolean endOfField(int c) {
        return c < 0 || c == '\n' || c == '\r' || c == delimiter;
    }

    /** Reads a quoted field up to its closing quote; true when it held a line break. */
    private boolean readQuoted(StringBuilder field) throws IOException {
        boolean lineBreak = false;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new UnclosedQuoteException(recordNumber, true);
            }
            if (c == '"') {
                if (peek() != '"') {
                    return lineBreak;
                }
                read();
            } else if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                c = '\n';
                lineBreak = true;
            } else if (c == '\n') {
                lineBreak = true;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }
}
