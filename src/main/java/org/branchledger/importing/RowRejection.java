package org.branchledger.importing;

/** A row that cannot be imported: where, which column, and why, in Chinese. */
public record RowRejection(int rowNumber, String column, String reason) {

    /** One stderr line, e.g. {@code 花名册.xlsx 第7行 公民身份号码: 校验位错误}. */
    public String line(String fileName, String sheetName) {
        String where = sheetName == null ? fileName : fileName + " [" + sheetName + "]";
        return where + " 第" + rowNumber + "行" + (column == null ? "" : " " + column) + ": " + reason;
    }
}
