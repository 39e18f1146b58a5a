package org.branchledger.importing;

import java.util.List;

/** Telling data rows from the other lines of a sheet. */
public final class DataRows {
    /** How the first non-blank cell of a line under the table begins (compared without spaces, half-width). */
    private static final List<String> FOOTER_STARTS = List.of(
            "填表人", "填报人", "制表人", "审核人", "审批人", "负责人", "联系人", "签字", "盖章",
            "计票人", "监票人", "唱票人",
            "填表:", "制表:", "审核:", "注:", "备注:", "说明", "填表说明");
    private static final List<String> TOTALS = List.of("合计", "总计", "小计");

    private DataRows() {
    }

    /**
     * True for lines under the table that are not data: a first non-blank cell that begins with 填表人,
     * 审核人, 制表人, 负责人, 联系人, 填报人, 计票人, 监票人, 盖章, 注:, 说明, 备注: and the like, or is 合计/总计/小计; or any
     * cell containing "(盖章)".
     */
    public static boolean isFooter(SheetRow row) {
        Cell first = row.firstNonBlank();
        if (first.kind() == Cell.Kind.TEXT) {
            String start = compact(first.text());
            for (String s : FOOTER_STARTS) {
                if (start.startsWith(s)) {
                    return true;
                }
            }
            if (TOTALS.contains(start)) {
                return true;
            }
        }
        for (Cell c : row.cells()) {
            if (c.kind() == Cell.Kind.TEXT && compact(c.text()).contains("(盖章)")) {
                return true;
            }
        }
        return false;
    }

    /** True for a row that holds data: neither blank nor a footer line. */
    public static boolean isData(SheetRow row) {
        return !row.blank() && !isFooter(row);
    }

    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Text.halfWidth(text).toCharArray()) {
            if (!Text.isBlankChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
