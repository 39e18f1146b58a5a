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
 * A data table found in a file: the first sheet whose header has every required column, its data rows
 * (blank rows skipped, reading stops at the lines under the table), each cell keyed by field.
 */
public final class ImportTable {
    private static final int HEADER_SEARCH_ROWS = 30;

    /** One data row: its number as the user sees it, and the cells of the mapped fields. */
    public record Row(int number, Map<String, Cell> cells) {
        public Cell cell(String field) {
            return cells.getOrDefault(field, Cell.BLANK);
        }
    }

    private final String fileName;
    private final String sheetName;
    private final HeaderMatch header;
    private final List<Row> rows;

    private ImportTable(String fileName, String sheetName, HeaderMatch header, List<Row> rows) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.header = header;
        this.rows = rows;
    }

    public static ImportTable read(Path file, List<ColumnSpec> specs, Progress progress) throws ImportFileException {
        try (TableFile table = TableFiles.open(file)) {
            for (TableSheet sheet : table.sheets()) {
                Optional<HeaderMatch> match = HeaderDetector.detect(sheet, specs);
                if (match.isEmpty() || !match.get().missingRequired().isEmpty()) {
                    continue;
                }
                String sheetName = table.sheets().size() > 1 ? sheet.name() : null;
                return new ImportTable(table.fileName(), sheetName, match.get(), rows(sheet, match.get(), progress));
            }
            List<String> required = specs.stream().filter(ColumnSpec::required).map(ColumnSpec::field).toList();
            throw new ImportFileException(table.fileName(), "找不到表头。表格中需要有这些列: " + String.join("、", required));
        }
    }

    private static List<Row> rows(TableSheet sheet, HeaderMatch header, Progress progress) throws ImportFileException {
        List<Row> rows = new ArrayList<>();
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
                rows.add(new Row(row.number(), cells));
            }
        } catch (ImportFileError e) {
            throw e.exception();
        }
        return rows;
    }

    public String fileName() {
        return fileName;
    }

    public String sheetName() {
        return sheetName;
    }

    public HeaderMatch header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The column's name as the file writes it, so the user finds it. */
    public String columnName(String field) {
        Integer col = header.columns().get(field);
        if (col != null && col < header.headerTexts().size() && !header.headerTexts().get(col).isBlank()) {
            return header.headerTexts().get(col).strip();
        }
        return field;
    }
}
