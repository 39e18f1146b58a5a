package org.branchledger.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.branchledger.core.Progress;
import org.branchledger.core.dates.DateParser;
import org.branchledger.importing.Cell;
import org.branchledger.importing.CloseableIterator;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.DataRows;
import org.branchledger.importing.HeaderDetector;
import org.branchledger.importing.HeaderMatch;
import org.branchledger.importing.ImportFileError;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.SheetRow;
import org.branchledger.importing.TableFile;
import org.branchledger.importing.TableFiles;
import org.branchledger.importing.TableSheet;

/**
 * A roster spreadsheet turned into text per field: the header found under any title rows, blank rows
 * and the lines under the table skipped, Excel's dates and numbers turned into text the rules read.
 */
final class RosterSheet {
    static final List<ColumnSpec> COLUMNS = java.util.Arrays.stream(RosterField.values())
            .map(f -> new ColumnSpec(f.label(), f.synonyms(), f.required())).toList();
    private static final int HEADER_SEARCH_ROWS = 30;

    /** One data row: its number in the file and the text of each mapped field. */
    record Row(int number, Map<RosterField, String> values) {
    }

    private final String fileName;
    private final String sheetName;
    private final HeaderMatch header;
    private final Map<RosterField, Integer> columns;
    private final String branchHint;
    private final List<Row> rows = new ArrayList<>();
    private final List<RowRejection> cellRejections = new ArrayList<>();
    private final Set<Integer> rejectedRows = new HashSet<>();

    private RosterSheet(String fileName, String sheetName, HeaderMatch header, Map<RosterField, Integer> columns,
                        String branchHint) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.header = header;
        this.columns = columns;
        this.branchHint = branchHint;
    }

    /** @param overrides the user's complete column mapping, or empty to use the detected one */
    static RosterSheet read(Path file, Map<RosterField, Integer> overrides, Progress progress)
            throws ImportFileException {
        try (TableFile table = TableFiles.open(file)) {
            for (TableSheet sheet : table.sheets()) {
                List<SheetRow> leading = leadingRows(sheet);
                Optional<HeaderMatch> match = HeaderDetector.detect(leading, COLUMNS);
                if (match.isEmpty()) {
                    continue;
                }
                Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
                if (overrides.isEmpty()) {
                    match.get().columns().forEach((field, col) -> columns.put(byLabel(field), col));
                } else {
                    columns.putAll(overrides); // the user's own mapping, complete
                }
                if (!columns.containsKey(RosterField.NAME) || !columns.containsKey(RosterField.ID_NUMBER)) {
                    if (!overrides.isEmpty()) {
                        throw new ImportFileException(table.fileName(), "请为“姓名”和“公民身份号码”各指定一列");
                    }
                    continue;
                }
                String sheetName = table.sheets().size() > 1 ? sheet.name() : null;
                RosterSheet result = new RosterSheet(table.fileName(), sheetName, match.get(), columns,
                        branchHint(leading, match.get().headerRowNumber()));
                result.readRows(sheet, progress);
                return result;
            }
            throw new ImportFileException(table.fileName(), "找不到表头。表格中需要有“姓名”和“公民身份号码”(或“身份证号”)两列");
        }
    }

    private static List<SheetRow> leadingRows(TableSheet sheet) throws ImportFileException {
        List<SheetRow> leading = new ArrayList<>();
        try (CloseableIterator<SheetRow> it = sheet.rows()) {
            while (it.hasNext() && leading.size() < HEADER_SEARCH_ROWS) {
                SheetRow row = it.next();
                if (!row.blank()) {
                    leading.add(row);
                }
            }
        }
        return leading;
    }

    private void readRows(TableSheet sheet, Progress progress) throws ImportFileException {
        try (CloseableIterator<SheetRow> it = sheet.rows()) {
            readRows(it, progress);
        } catch (ImportFileError e) {
            throw e.exception(); // damaged part-way through
        }
    }

    private void readRows(CloseableIterator<SheetRow> it, Progress progress) {
        {
            while (it.hasNext()) {
                SheetRow row = it.next();
                if (row.number() <= header.headerRowNumber() || row.blank()) {
                    continue;
                }
                if (DataRows.isFooter(row)) {
                    break; // 填表人, 盖章 and notes: everything under the table is not data
                }
                if (rows.size() % 500 == 0) {
                    if (progress.cancelled()) {
                        throw new CancellationException();
                    }
                    progress.update(rows.size(), -1);
                }
                rows.add(new Row(row.number(), values(row)));
            }
        }
    }

    private Map<RosterField, String> values(SheetRow row) {
        Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        columns.forEach((field, col) -> {
            Cell cell = row.cell(col);
            if (cell.blank()) {
                return;
            }
            String text = text(field, cell, row.number());
            if (text != null) {
                values.put(field, text);
            }
        });
        return values;
    }

    private String text(RosterField field, Cell cell, int rowNumber) {
        if (cell.kind() == Cell.Kind.TEXT) {
            return cell.text();
        }
        if (field == RosterField.ID_NUMBER) {
            reject(rowNumber, field, "单元格是数字格式,Excel 只保留15位有效数字,号码末几位已丢失。"
                    + "请把这一列设置为“文本”格式,重新录入号码后再导入");
            return null;
        }
        double n = cell.number();
        if (field.isDate() && cell.kind() == Cell.Kind.NUMBER && n >= 1900 && n < 2100 && n != Math.floor(n)) {
            // 1985.03 typed into a General cell: Excel keeps the number 1985.03, and 1985.10 as 1985.1
            return (int) n + "." + Math.round((n - Math.floor(n)) * 100);
        }
        boolean serial = cell.kind() == Cell.Kind.DATE || n >= 1 && n < 100_000;
        if (field.isDate() && serial) {
            try {
                return DateParser.fromExcelSerial(cell.number()).iso();
            } catch (IllegalArgumentException e) {
                reject(rowNumber, field, e.getMessage());
                return null;
            }
        }
        return cell.text();
    }

    private void reject(int rowNumber, RosterField field, String reason) {
        cellRejections.add(new RowRejection(rowNumber, columnName(field), reason));
        rejectedRows.add(rowNumber);
    }

    /** The branch the sheet names: "填报单位: 红旗村党支部", else its title without "党员花名册". */
    private static String branchHint(List<SheetRow> leading, int headerRow) {
        String title = null;
        for (SheetRow row : leading) {
            if (row.number() >= headerRow) {
                break;
            }
            for (Cell c : row.cells()) {
                String t = c.blank() ? "" : c.text().strip();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(填报单位|单位名称|党组织名称)[:：]\\s*(\\S+)").matcher(t);
                if (m.find()) {
                    return m.group(2);
                }
                if (title == null && !t.isEmpty()) {
                    title = t;
                }
            }
        }
        if (title == null) {
            return null;
        }
        String name = title.replaceAll("(党员)?(花名册|信息表|信息汇总表|名册|名单|基本信息|统计表)$", "")
                .replaceAll("党员$", "").strip();
        return name.isEmpty() ? null : name;
    }

    /** The column's name as the file writes it (入党时间), so the user finds it; else our label. */
    String columnName(RosterField field) {
        Integer col = columns.get(field);
        if (col != null && col < header.headerTexts().size()) {
            String text = header.headerTexts().get(col).strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return field.label();
    }

    private static RosterField byLabel(String label) {
        for (RosterField f : RosterField.values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException(label);
    }

    String fileName() {
        return fileName;
    }

    String sheetName() {
        return sheetName;
    }

    HeaderMatch header() {
        return header;
    }

    Map<RosterField, Integer> columns() {
        return columns;
    }

    String branchHint() {
        return branchHint;
    }

    List<Row> rows() {
        return rows;
    }

    List<RowRejection> cellRejections() {
        return cellRejections;
    }

    Set<Integer> rejectedRows() {
        return rejectedRows;
    }
}
