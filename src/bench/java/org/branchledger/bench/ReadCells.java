package org.branchledger.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The yardstick of issue 18's import target: a JVM that reads every cell of an .xlsx with FastExcel and does
 * nothing else (no data folder, no checks, no database). {@code bench all} runs it as a whole process beside
 * {@code import-roster} of the same file and records how many times longer the import takes.
 */
public final class ReadCells {
    private ReadCells() {
    }

    public static void main(String[] args) throws Exception {
        long cells = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0])); ReadableWorkbook book = new ReadableWorkbook(in)) {
            for (Iterator<Sheet> sheets = book.getSheets().iterator(); sheets.hasNext(); ) {
                try (Stream<Row> rows = sheets.next().openStream()) {
                    for (Iterator<Row> r = rows.iterator(); r.hasNext(); ) {
                        for (Cell cell : r.next()) {
                            if (cell != null && cell.getText() != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        System.out.println(cells + " cells read");
    }

    /** {@code java -cp (this class path) ReadCells FILE}: the JVM's defaults, as {@code java -jar} has them. */
    static java.util.List<String> command(Path file) {
        return java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ReadCells.class.getName(), file.toString());
    }
}
