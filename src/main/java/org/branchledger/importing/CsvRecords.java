package org.branchledger.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read from a stream: fields split by commas, quoted fields with doubled quotes and
 * line breaks inside, records ended by CRLF, LF or CR. Lenient where Excel is: a quote inside an
 * unquoted field is kept as it is. A line break inside quotes becomes "\n", as in an Excel cell.
 */
final class CsvRecords {
    /** A quoted field left open at the end of the file. */
    static final class UnclosedQuoteException extends IOException {
        final int record;

        UnclosedQuoteException(int record) {
            super("unclosed quote in record " + record);
            this.record = record;
        }
    }

    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private int recordNumber;

    CsvRecords(Reader in) {
        this.in = in;
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
                readQuoted(field);
                c = read();
                continue; // anything after the closing quote up to the comma is kept (lenient)
            }
            if (c < 0 || c == '\n' || c == '\r' || c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                if (c == ',') {
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

    private void readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                throw new UnclosedQuoteException(recordNumber);
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                read();
            } else if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                c = '\n';
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
