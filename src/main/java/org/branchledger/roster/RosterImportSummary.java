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
        if (plan.skipped().isEmpty() && plan.sheetsRead().size() <= 1) {
            return "";
        }
        StringBuilder s = new StringBuilder("读取了 " + plan.sheetsRead().size() + " 张工作表: "
                + String.join("、", plan.sheetsRead()) + "。");
        if (!plan.skipped().isEmpty()) {
            s.append("跳过: ").append(plan.skipped().stream().map(k -> k.name() + "(" + k.reason() + ")")
                    .collect(Collectors.joining("、"))).append("。");
        }
        return s.toString();
    }
}
