package org.branchledger.importing;

/** A sheet of a workbook that was not read, and why, in Chinese: {@code 跳过工作表“填表说明”: 没有表头}. */
public record SkippedSheet(String name, String reason) {

    /** Why a sheet without a (complete) header was skipped. */
    static SkippedSheet of(TableSheet sheet, HeaderMatch partial) {
        String why = partial == null ? "没有表头" : "表头缺少" + String.join("、", partial.missingRequired()) + "列";
        return new SkippedSheet(sheet.name(), sheet.hidden() ? "隐藏的工作表，" + why : why);
    }

    /** One stderr line, starting with the file name. */
    public String line(String fileName) {
        return fileName + ": 跳过工作表“" + name + "”: " + reason;
    }
}
