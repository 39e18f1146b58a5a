package org.branchledger.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
import org.branchledger.importing.SkippedSheet;
import org.branchledger.importing.TableFile;
import org.branchledger.importing.TableFiles;
import org.branchledger.importing.TableSheet;
import org.branchledger.importing.Text;

/**
 * A roster workbook turned into text per field: every sheet whose header names 姓名 and 公民身份号码 is
 * read (the header found under any title rows; blank rows and the lines under the table skipped), and a
 * sheet that is the national per-person form gives its one member; the other sheets are listed as
 * skipped. Excel's dates and numbers become text the rules read; codes in front of values from
 * drop-downs ("95_男", "01 汉族") are dropped.
 */
final class RosterSheet {
    static final List<ColumnSpec> COLUMNS = java.util.Arrays.stream(RosterField.values())
            .map(f -> new ColumnSpec(f.label(), f.synonyms(), f.required())).toList();
    private static final int HEADER_SEARCH_ROWS = 30;
    /** Fields filled from drop-downs and code lists, where a leading code is dropped. */
    private static final Set<RosterField> CODED = EnumSet.of(RosterField.GENDER, RosterField.ETHNICITY,
            RosterField.EDUCATION, RosterField.CATEGORY, RosterField.MEMBER_TYPE, RosterField.PARTY_STATUS,
            RosterField.LOST_CONTACT, RosterField.FLOATING, RosterField.LEADING_CADRE, RosterField.CAN_WRITE,
            RosterField.COMMITTEE_POST);

    /**
     * One data row: its sheet (null when the workbook has one), its number in the file, the text of each
     * mapped field, the text of a second column for the same field (compared with the first), and how
     * its sheet names each column.
     */
    record Row(String sheet, int number, Map<RosterField, String> values, Map<RosterField, String> twins,
               Columns columns) {
        String columnName(RosterField field) {
            return columns.name(field);
        }
    }

    /** How one sheet names its columns (or a form its labels). */
    record Columns(Map<RosterField, String> names, Map<RosterField, String> twinNames, Set<RosterField> present) {
        String name(RosterField field) {
            String n = names.get(field);
            return n == null || n.isEmpty() ? field.label() : n;
        }
    }

    private final String fileName;
    private final boolean severalSheets;
    private HeaderMatch header;
    private Map<RosterField, Integer> columns;
    private String sheetName;
    private String branchHint;
    private final List<String> sheetsRead = new ArrayList<>();
    private final List<SkippedSheet> skipped = new ArrayList<>();
    private final Map<RosterField, String> columnNotes = new EnumMap<>(RosterField.class);
    private final List<Row> rows = new ArrayList<>();
    private final List<RowRejection> cellRejections = new ArrayList<>();
    private final Set<String> rejectedRows = new HashSet<>();

    private RosterSheet(String fileName, boolean severalSheets) {
        this.fileName = fileName;
        this.severalSheets = severalSheets;
    }

    /**
     * @param overrides the user's complete column mapping for the first table (and for the sheets with
     *                  the same header), or empty to use the detected one
     */
    static RosterSheet read(Path file, Map<RosterField, Integer> overrides, Progress progress)
            throws ImportFileException {
        try (TableFile table = TableFiles.open(file)) {
            RosterSheet result = new RosterSheet(table.fileName(), table.sheets().size() > 1);
            for (TableSheet sheet : table.sheets()) {
                result.readSheet(sheet, overrides, progress);
            }
            if (result.sheetsRead.isEmpty()) {
                if (!overrides.isEmpty()) {
                    throw new ImportFileException(table.fileName(), "请为“姓名”和“公民身份号码”各指定一列");
                }
                throw new ImportFileException(table.fileName(), "找不到表头。表格中需要有“姓名”和“公民身份号码”(或“身份证号”)两列");
            }
            return result;
        }
    }

    private void readSheet(TableSheet sheet, Map<RosterField, Integer> overrides, Progress progress)
            throws ImportFileException {
        List<SheetRow> leading = leadingRows(sheet);
        String name = severalSheets ? sheet.name() : null;
        Optional<HeaderMatch> match = HeaderDetector.detect(leading, COLUMNS);
        Map<RosterField, Integer> mapped = new EnumMap<>(RosterField.class);
        match.ifPresent(m -> m.columns().forEach((field, col) -> mapped.put(byLabel(field), col)));
        boolean sameAsFirst = header == null || match.isPresent()
                && match.get().headerTexts().equals(header.headerTexts());
        if (match.isPresent() && !overrides.isEmpty() && sameAsFirst) {
            mapped.clear();
            mapped.putAll(overrides); // the user's own mapping, complete
        }
        if (match.isPresent() && mapped.containsKey(RosterField.NAME) && mapped.containsKey(RosterField.ID_NUMBER)) {
            if (header == null) {
                header = match.get();
                columns = mapped;
                sheetName = name;
                branchHint = branchHint(leading, header.headerRowNumber());
            }
            sheetsRead.add(sheet.name());
            readRows(sheet, name, match.get(), mapped, progress);
            return;
        }
        Optional<Map<RosterField, PersonForm.Item>> form = PersonForm.read(leading, COLUMNS);
        if (form.isPresent()) {
            sheetsRead.add(sheet.name());
            addForm(name, form.get());
            return;
        }
        String why = leading.isEmpty() ? "是空的"
                : match.isPresent() ? "表头缺少" + (mapped.containsKey(RosterField.NAME) ? "公民身份号码" : "姓名") + "列"
                : "没有表头";
        skipped.add(new SkippedSheet(sheet.name(), sheet.hidden() && !leading.isEmpty() ? "隐藏的工作表，" + why : why));
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
        } catch (ImportFileError e) {
            throw e.exception();
        }
        return leading;
    }

    private void readRows(TableSheet sheet, String name, HeaderMatch match, Map<RosterField, Integer> mapped,
                          Progress progress) throws ImportFileException {
        Map<RosterField, String> names = new EnumMap<>(RosterField.class);
        mapped.forEach((field, col) -> names.put(field, match.headerName(col)));
        Map<RosterField, Integer> twins = new EnumMap<>(RosterField.class);
        Map<RosterField, String> twinNames = new EnumMap<>(RosterField.class);
        match.alternates().forEach((label, cols) -> {
            RosterField field = byLabel(label);
            if (mapped.get(field) != null && !cols.contains(mapped.get(field))) {
                twins.put(field, cols.get(0));
                twinNames.put(field, match.headerName(cols.get(0)));
            }
        });
        Columns sheetColumns = new Columns(names, twinNames, EnumSet.copyOf(mapped.keySet()));
        try (CloseableIterator<SheetRow> it = sheet.rows()) {
            while (it.hasNext()) {
                SheetRow row = it.next();
                if (row.number() <= match.headerRowNumber() || row.blank()) {
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
                Map<RosterField, String> values = new EnumMap<>(RosterField.class);
                Map<RosterField, String> twinValues = new EnumMap<>(RosterField.class);
                mapped.forEach((field, col) -> put(values, field, row.cell(col), name, row.number(), sheetColumns));
                twins.forEach((field, col) -> put(twinValues, field, row.cell(col), name, row.number(), sheetColumns));
                rows.add(new Row(name, row.number(), values, twinValues, sheetColumns));
            }
        } catch (ImportFileError e) {
            throw e.exception(); // damaged part-way through
        }
    }

    private void addForm(String name, Map<RosterField, PersonForm.Item> items) {
        Map<RosterField, String> names = new EnumMap<>(RosterField.class);
        items.forEach((field, item) -> names.put(field, item.label()));
        Columns formColumns = new Columns(names, Map.of(), EnumSet.copyOf(items.keySet()));
        int rowNumber = items.get(RosterField.NAME).rowNumber();
        Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        items.forEach((field, item) -> put(values, field, item.value(), name, item.rowNumber(), formColumns));
        rows.add(new Row(name, rowNumber, values, Map.of(), formColumns));
    }

    private void put(Map<RosterField, String> values, RosterField field, Cell cell, String sheet, int rowNumber,
                     Columns names) {
        if (cell.blank()) {
            return;
        }
        String text = text(field, cell, sheet, rowNumber, names);
        if (text == null) {
            return;
        }
        if (CODED.contains(field)) {
            String plain = Text.withoutCode(text);
            if (!plain.equals(text)) {
                columnNotes.putIfAbsent(field, "去掉代码读取(“" + text.strip() + "”读作“" + plain + "”)");
                text = plain;
            }
        }
        if (field == RosterField.PARTY_STATUS && text.contains("党员")) {
            columnNotes.put(field, "填的是正式党员/预备党员: 按党员类型读取，党籍状态记为正常");
        }
        values.put(field, text);
    }

    private String text(RosterField field, Cell cell, String sheet, int rowNumber, Columns names) {
        if (cell.kind() == Cell.Kind.TEXT) {
            return cell.text();
        }
        if (field == RosterField.ID_NUMBER) {
            reject(sheet, rowNumber, names.name(field), "单元格是数字格式,Excel 只保留15位有效数字,号码末几位已丢失。"
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
                reject(sheet, rowNumber, names.name(field), e.getMessage());
                return null;
            }
        }
        return cell.text();
    }

    private void reject(String sheet, int rowNumber, String column, String reason) {
        cellRejections.add(new RowRejection(sheet, rowNumber, column, reason));
        rejectedRows.add(sheet + "|" + rowNumber);
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

    /** The column's name as the first table writes it (入党时间), so the user finds it; else our label. */
    String columnName(RosterField field) {
        Integer col = columns == null ? null : columns.get(field);
        if (col != null && !header.headerName(col).isEmpty()) {
            return header.headerName(col);
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

    /** The sheet read when the workbook has several and exactly one was read; else null. */
    String sheetName() {
        return sheetsRead.size() == 1 ? sheetName : null;
    }

    /** The first table's header; null when only per-person forms were read. */
    HeaderMatch header() {
        return header;
    }

    /** The first table's columns; empty when only per-person forms were read. */
    Map<RosterField, Integer> columns() {
        return columns == null ? Map.of() : columns;
    }

    String branchHint() {
        return branchHint;
    }

    List<String> sheetsRead() {
        return sheetsRead;
    }

    List<SkippedSheet> skipped() {
        return skipped;
    }

    /** How some fields were read, in words: codes dropped ("95_男"), a type kept in 党籍状态. */
    Map<RosterField, String> columnNotes() {
        return columnNotes;
    }

    List<Row> rows() {
        return rows;
    }

    List<RowRejection> cellRejections() {
        return cellRejections;
    }

    boolean rejected(Row row) {
        return rejectedRows.contains(row.sheet() + "|" + row.number());
    }
}
