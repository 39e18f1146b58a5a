package org.branchledger.appraisal;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (民主评议、整改和处置) and their columns, in words a secretary reads. */
public final class AppraisalAuditLabels {
    /** A member's record's columns, as the trail and a refused save (decision 0025) name them. */
    static final Map<String, String> ENTRY_COLUMNS = Map.ofEntries(
            Map.entry("self_assessment", "个人自评"), Map.entry("votes_excellent", "优秀票"),
            Map.entry("votes_qualified", "合格票"), Map.entry("votes_basic", "基本合格票"),
            Map.entry("votes_failed", "不合格票"), Map.entry("mass_satisfied", "满意"),
            Map.entry("mass_basic", "基本满意"), Map.entry("mass_unsatisfied", "不满意"),
            Map.entry("five_lead", "五带头考核"), Map.entry("final_grade", "评定等次"),
            Map.entry("reason", "理由"));

    /** The round's columns (评议设置), as the trail and a refused save name them. */
    static final Map<String, String> ROUND_COLUMNS = Map.ofEntries(Map.entry("appraisal_year", "年度"),
            Map.entry("started_on", "开始日期"), Map.entry("ended_on", "结束日期"), Map.entry("notice_from", "公示开始"),
            Map.entry("notice_to", "公示结束"), Map.entry("fail_num", "不合格票比例(分子)"),
            Map.entry("fail_den", "不合格票比例(分母)"), Map.entry("satisfaction_num", "满意度下限(分子)"),
            Map.entry("satisfaction_den", "满意度下限(分母)"), Map.entry("excellent_num", "优秀比例上限(分子)"),
            Map.entry("excellent_den", "优秀比例上限(分母)"));

    /** A 整改事项's columns. */
    static final Map<String, String> RECTIFICATION_COLUMNS = Map.of("opened_on", "登记日期", "issue", "整改事项",
            "closed_on", "销号日期", "close_note", "整改情况");

    /** A follow-up's columns (不合格党员处置). */
    static final Map<String, String> FOLLOW_UP_COLUMNS = Map.of("kind", "处置方式", "decided_on", "决定日期",
            "deadline", "改正期限", "note", "说明");

    private AppraisalAuditLabels() {
    }

    public static void register(ChangeDescriber changes) {
        changes.register("appraisal_round", "民主评议", "appraisal_year", ROUND_COLUMNS)
                .register("appraisal_entry", "民主评议记录", "final_grade", ENTRY_COLUMNS)
                .register("rectification", "整改事项", "issue", RECTIFICATION_COLUMNS)
                .register("appraisal_followup", "不合格党员处置", "kind", FOLLOW_UP_COLUMNS);
    }
}
