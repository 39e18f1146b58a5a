package org.branchledger.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;

/**
 * Reads one data row's cells for an importer, collecting why the row is rejected (row, the column as
 * the file names it, the reason), so every problem of a row is reported, not only the first.
 */
public final class RowReader {
    private final ImportTable table;
    private final ImportTable.Row row;
    private final List<RowRejection> rejections;
    private boolean failed;

    public RowReader(ImportTable table, ImportTable.Row row, List<RowRejection> rejections) {
        this.table = table;
        this.row = row;
        this.rejections = rejections;
    }

    public boolean failed() {
        return failed;
    }

    public int rowNumber() {
        return row.number();
    }

    public Cell cell(String field) {
        return row.cell(field);
    }

    public void reject(String field, String reason) {
        rejections.add(new RowRejection(row.sheet(), row.number(), row.columnName(field), reason));
        failed = true;
    }

    /** The field whose text may hold no invisible characters (see {@link Text#hasInvisible}). */
    public static final String NAME = "姓名";

    /**
     * The cell's text, stripped; null when blank (a rejection when required). A 姓名 holding an invisible
     * character (a control or direction mark, {@link Text#hasInvisible}) is rejected.
     */
    public String text(String field, boolean required) {
        Cell c = row.cell(field);
        if (c.blank()) {
            if (required) {
                reject(field, "不能为空");
            }
            return null;
        }
        if (Text.isFormula(c.text())) {
            reject(field, Text.FORMULA_REASON);
            return null;
        }
        if (NAME.equals(field) && Text.hasInvisible(c.text())) {
            reject(field, Text.invisibleReason(c.text()));
            return null;
        }
        return c.text().strip();
    }

    /**
     * As {@link #text(String, boolean)}, and rejected as "过长(最多N字)" when longer than {@code maxLength}
     * characters (counted as the reader sees them: a Chinese character or an emoji is one).
     */
    public String text(String field, boolean required, int maxLength) {
        String t = text(field, required);
        if (t != null && t.codePointCount(0, t.length()) > maxLength) {
            reject(field, "过长(最多" + maxLength + "字)");
            return null;
        }
        return t;
    }

    /**
     * A whole number from 0 to {@code max}, from a number cell or text ("12", "12.0", "1,234", full-width
     * digits); null when blank (a rejection when required). Any other text, a fraction, or a number out of
     * range (however many digits: 99999999999999999999 too) is a rejection, never an exception.
     */
    public Integer wholeNumber(String field, boolean required, int max) {
        Cell c = row.cell(field);
        if (c.blank()) {
            if (required) {
                reject(field, "不能为空");
            }
            return null;
        }
        String shown = Text.strip(c.text());
        if (c.kind() == Cell.Kind.TEXT && Text.isFormula(shown)) {
            reject(field, Text.FORMULA_REASON);
            return null;
        }
        String t = Text.halfWidth(shown).replace(",", "").replace("，", "");
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!t.matches("[0-9]{1,10}")) {
            reject(field, "应为 0 到 " + max + " 的整数: " + shown);
            return null;
        }
        long v = Long.parseLong(t);
        if (v > max) {
            reject(field, "应为 0 到 " + max + " 的整数: " + shown);
            return null;
        }
        return (int) v;
    }

    /** A date to the day, from a date cell, an Excel serial or any written form the app reads. */
    public LocalDate date(String field, boolean required) {
        Cell c = row.cell(field);
        if (c.blank()) {
            if (required) {
                reject(field, "不能为空");
            }
            return null;
        }
        if (c.kind() == Cell.Kind.TEXT && Text.isFormula(c.text())) {
            reject(field, Text.FORMULA_REASON);
            return null;
        }
        try {
            PartialDate d = c.kind() == Cell.Kind.TEXT ? DateParser.parse(c.text())
                    : DateParser.fromExcelSerial(c.number());
            if (d.monthPrecision()) {
                reject(field, "需要具体到日: " + c.text());
                return null;
            }
            return d.firstDay();
        } catch (DateParseException | IllegalArgumentException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    /** True (and rejected, naming the earlier row) when the key was seen on an earlier row. */
    public boolean duplicate(Map<String, Integer> seen, String key, String field) {
        Integer earlier = seen.putIfAbsent(key, row.number());
        if (earlier != null) {
            reject(field, "与第" + earlier + "行重复");
            return true;
        }
        return false;
    }
}
