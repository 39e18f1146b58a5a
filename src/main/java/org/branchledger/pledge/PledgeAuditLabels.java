package org.branchledger.pledge;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (公开承诺、进展、点评和活动记实) and their columns, in words a secretary reads. */
public final class PledgeAuditLabels {
    private PledgeAuditLabels() {
    }

    /** The pledge table's columns in the secretary's words (also for an edit refused: decision 0025). */
    static final Map<String, String> PLEDGE_COLUMNS = Map.ofEntries(Map.entry("member_id", "承诺人"),
            Map.entry("category", "类别"), Map.entry("post", "岗位"), Map.entry("content", "承诺内容"), Map.entry("measures", "措施"),
            Map.entry("responsible", "责任人"), Map.entry("deadline", "完成时限"),
            Map.entry("pledged_on", "承诺日期"), Map.entry("approved_on", "审诺日期"),
            Map.entry("approved_meeting", "审诺会议"), Map.entry("published_on", "公示日期"),
            Map.entry("reported_on", "述诺日期"), Map.entry("report", "述诺情况"),
            Map.entry("verdict", "评诺结果"), Map.entry("evaluated_on", "评诺日期"),
            Map.entry("satisfaction_tenths", "满意度(千分)"), Map.entry("explanation", "情况说明"),
            Map.entry("explained_on", "说明日期"));

    public static void register(ChangeDescriber changes) {
        changes.register("pledge", "公开承诺", "content", PLEDGE_COLUMNS)
                .register("pledge_progress", "履诺进展", "note", Map.of("noted_on", "日期", "note", "进展"))
                .register("leader_comment", "领导点评", "commenter", Map.of("commented_on", "点评日期",
                        "commenter", "点评人", "comment", "点评内容"))
                .register("activity_record", "活动记实", "activity", Map.of("done_on", "日期", "activity", "活动内容",
                        "contribution", "具体贡献", "effect", "具体效果"));
    }
}
