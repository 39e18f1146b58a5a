package org.branchledger.importing;

/**
 * A row that cannot be imported: where (the sheet, when a workbook has several), which column, and why,
 * in Chinese.
 */
public record RowRejection(String sheet, int rowNumber, String column, String reason) {

    public RowRejection(int rowNumber, String column, String reason) {
        this(null, rowNumber, column, reason);
    }

    /** The same rejection, placed on a sheet. */
    public RowRejection onSheet(String sheetName) {
        return new RowRejection(sheetName, rowNumber, column, reason);
    }

    /**
     * One stderr line, e.g. {@code 花名册.xlsx 第7行 公民身份号码: 校验位错误}; the rejection's own sheet wins
     * over {@code sheetName} (the file's one sheet, or null).
     */
    public String line(String fileName, String sheetName) {
        String s = sheet != null ? sheet : sheetName;
        String where = s == null ? fileName : fileName + " [" + s + "]";
        return where + " 第" + rowNumber + "行" + (column == null ? "" : " " + column) + ": " + reason;
    }
}
