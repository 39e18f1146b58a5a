package org.branchledger.roster;

import java.util.stream.Collectors;

/** What the wizard says about a checked file beyond its counts, in words: which sheets were read. */
final class RosterImportSummary {
    private RosterImportSummary() {
    }

    /**
     * "读取了 2 张工作表: 在岗党员花名册、不在岗党员花名册。跳过: 填表说明(没有表头)。"; "" for a file of one
     * sheet, read.
     */
    static String sheets(RosterImportPlan plan) {
        if (plan.header() != null && plan.skipped().isEmpty() && plan.sheetsRead().size() <= 1) {
            return "";
        }
        StringBuilder s = new StringBuilder(plan.header() == null
                ? "这是《党员基本信息采集表》，每张工作表一名党员，按表中的项目名称读取。" : "");
        s.append("读取了 ").append(plan.sheetsRead().size()).append(" 张工作表: ")
                .append(String.join("、", plan.sheetsRead())).append("。");
        if (!plan.skipped().isEmpty()) {
            s.append("跳过: ").append(plan.skipped().stream().map(k -> k.name() + "(" + k.reason() + ")")
                    .collect(Collectors.joining("、"))).append("。");
        }
        return s.toString();
    }

    /**
     * How the columns that need a word were read, in one paragraph: "性别: 去掉代码读取(…)；入党时间: 与“加入
     * 党组织日期”核对…"; "" when every column was read plainly or by a usual synonym.
     */
    static String columns(RosterImportPlan plan) {
        String notes = ColumnMapping.of(plan).stream()
                .filter(c -> !c.note().isEmpty() && !c.note().startsWith("按“") || c.note().contains("；"))
                .map(c -> c.header() + ": " + c.note().replaceFirst("^按“[^”]*”读取；", ""))
                .collect(Collectors.joining("；"));
        return notes.isEmpty() ? "" : "读取时做了处理的列: " + notes + "。";
    }
}
