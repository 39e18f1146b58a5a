package org.branchledger.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.branchledger.core.Progress;

/**
 * A data table found in a file: every sheet whose header has every required column (a workbook of
 * 在岗 and 不在岗 sheets is one table), their data rows (blank rows skipped, reading stops at the lines
 * under the table), each cell keyed by field. The other sheets are listed as skipped.
 */
public final class ImportTable {

    /** One data row: its sheet (null when the file has one), its number as the user sees it, its cells. */
    public record Row(String sheet, int number, Map<String, Cell> cells, HeaderMatch header) {
        public Row(int number, Map<String, Cell> cells) {
            this(null, number, cells, null);
        }

        public Cell cell(String field) {
            return cells.getOrDefault(field, Cell.BLANK);
        }

        /** The column's name as this row's sheet writes it, so the user finds it. */
        public String columnName(String field) {
            if (header != null) {
                Integer col = header.columns().get(field);
                if (col != null && !header.headerName(col).isEmpty()) {
                    return header.headerName(col);
                }
            }
            return field;
        }
    }

    private final String fileName;
    private final String sheetName;
    private final HeaderMatch header;
    private final List<Row> rows;
    private final List<SkippedSheet> skipped;

    private ImportTable(String fileName, String sheetName, HeaderMatch header, List<Row> rows,
                        List<SkippedSheet> skipped) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.header = header;
        this.rows = rows;
        this.skipped = List.copyOf(skipped);
    }

    public static ImportTable read(Path file, List<ColumnSpec> specs, Progress progress) throws ImportFileException {
        try (TableFile table = TableFiles.open(file)) {
            boolean several = table.sheets().size() > 1;
            HeaderMatch first = null;
            String firstSheet = null;
            List<Row> rows = new ArrayList<>();
            List<SkippedSheet> skipped = new ArrayList<>();
            for (TableSheet sheet : table.sheets()) {
                Optional<HeaderMatch> match = HeaderDetector.detect(sheet, specs);
                if (match.isEmpty() || !match.get().missingRequired().isEmpty()) {
                    skipped.add(SkippedSheet.of(sheet, match.orElse(null)));
                    continue;
                }
                String name = several ? sheet.name() : null;
                if (first == null) {
                    first = match.get();
                    firstSheet = name;
                }
                readRows(sheet, name, match.get(), rows, progress);
            }
            if (first == null) {
                List<String> required = specs.stream().filter(ColumnSpec::required).map(ColumnSpec::field).toList();
                throw new ImportFileException(table.fileName(), "找不到表头。表格中需要有这些列: " + String.join("、", required));
            }
            boolean oneSheetRead = rows.stream().map(Row::sheet).distinct().count() <= 1;
            return new ImportTable(table.fileName(), oneSheetRead ? firstSheet : null, first, rows,
                    several ? skipped : List.of());
        }
    }

    private static void readRows(TableSheet sheet, String sheetName, HeaderMatch header, List<Row> rows,
                                 Progress progress) throws ImportFileException {
        try (CloseableIterator<SheetRow> it = sheet.rows()) {
            while (it.hasNext()) {
                SheetRow row = it.next();
                if (row.number() <= header.headerRowNumber() || row.blank()) {
                    continue;
                }
                if (DataRows.isFooter(row)) {
                    break;
                }
                if (rows.size() % 500 == 0) {
                    if (progress.cancelled()) {
                        throw new CancellationException();
                    }
                    progress.update(rows.size(), -1);
                }
                Map<String, Cell> cells = new HashMap<>();
                header.columns().forEach((field, col) -> cells.put(field, row.cell(col)));
                rows.add(new Row(sheetName, row.number(), cells, header));
            }
        } catch (ImportFileError e) {
            throw e.exception();
        }
    }

    public String fileName() {
        return fileName;
    }

    /** The sheet read, when the workbook has several and one was read; else null (rows name their own). */
    public String sheetName() {
        return sheetName;
    }

    /** The header of the first sheet read. */
    public HeaderMatch header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The sheets not read, and why. */
    public List<SkippedSheet> skipped() {
        return skipped;
    }

    /** The column's name as the (first) sheet writes it, so the user finds it. */
    public String columnName(String field) {
        Integer col = header.columns().get(field);
        if (col != null && !header.headerName(col).isEmpty()) {
            return header.headerName(col);
        }
        return field;
    }
}
