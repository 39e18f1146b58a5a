package org.branchledger.auditlog;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;
import org.branchledger.roster.MemberColumns;

/** The words the audit trail is put into: what each table's row is called and what its columns mean. */
public final class ChangeWords {
    private ChangeWords() {
    }

    /** Every table of the schema, registered. */
    public static ChangeDescriber describer() {
        return new ChangeDescriber()
                .register("branch", "支部", "name", Map.ofEntries(Map.entry("name", "名称"), Map.entry("secretary", "书记"),
                        Map.entry("phone", "监督电话"), Map.entry("higher_org", "上级党组织"), Map.entry("kind", "类型"),
                        Map.entry("founded_on", "成立日期"), Map.entry("notice_days", "公示期天数"), Map.entry("demo", "示例支部"),
                        Map.entry("uuid", "支部标识"), Map.entry("reported_at", "上报数据包时间")))
                .register("member", "党员", "name", MemberColumns.LABELS)
                .register("study_session", "学习活动", "topic", Map.of("held_on", "日期", "kind", "形式", "topic", "主题",
                        "hours_tenths", "学时", "place", "地点", "speaker", "主讲人"))
                .register("attendance", "出勤记录", "status", Map.of("status", "出勤", "makeup_on", "补课日期",
                        "makeup_how", "补课方式"))
                .register("self_study", "自学记录", "material", Map.of("studied_on", "日期", "material", "内容",
                        "hours_tenths", "学时"))
                .register("study_settings", "学习要求设置", "study_year", Map.of("required_tenths", "要求学时",
                        "committee_required_tenths", "支部委员要求学时", "topics", "必学专题"))
                .register("reading_note", "读书笔记、心得体会", "title", Map.of("written_on", "日期", "kind", "类别",
                        "title", "题目", "word_count", "字数", "body", "正文", "reviewer", "批改人", "reviewed_on", "批改日期",
                        "review_comment", "批改意见", "grade", "等级"))
                .register("note_attachment", "笔记扫描件", "file_name", Map.of("file_name", "文件名",
                        "stored_path", "保存位置"))
                .register("spot_check", "笔记抽查", "checked_on", Map.of("checked_on", "抽查日期", "checker", "抽查人",
                        "seed", "抽样号", "sample_size", "抽查篇数"))
                .register("spot_check_item", "笔记抽查结果", "result", Map.of("note_id", "笔记", "result", "抽查结果"))
                .register("pledge", "公开承诺", "content", Map.ofEntries(Map.entry("category", "类别"),
                        Map.entry("post", "岗位"), Map.entry("content", "承诺内容"), Map.entry("measures", "措施"),
                        Map.entry("responsible", "责任人"), Map.entry("deadline", "完成时限"),
                        Map.entry("pledged_on", "承诺日期"), Map.entry("approved_on", "审诺日期"),
                        Map.entry("approved_meeting", "审诺会议"), Map.entry("published_on", "公示日期"),
                        Map.entry("reported_on", "述诺日期"), Map.entry("report", "述诺情况"),
                        Map.entry("verdict", "评诺结果"), Map.entry("evaluated_on", "评诺日期"),
                        Map.entry("satisfaction_tenths", "满意度(千分)"), Map.entry("explanation", "情况说明"),
                        Map.entry("explained_on", "说明日期")))
                .register("pledge_progress", "履诺进展", "note", Map.of("noted_on", "日期", "note", "进展"))
                .register("leader_comment", "领导点评", "commenter", Map.of("commented_on", "点评日期",
                        "commenter", "点评人", "comment", "点评内容"))
                .register("activity_record", "活动记实", "activity", Map.of("done_on", "日期", "activity", "活动内容",
                        "contribution", "具体贡献", "effect", "具体效果"))
                .register("appraisal_round", "民主评议", "appraisal_year", Map.of("appraisal_year", "年度",
                        "started_on", "开始日期", "ended_on", "结束日期", "notice_from", "公示开始", "notice_to", "公示结束",
                        "fail_num", "不合格票比例(分子)", "fail_den", "不合格票比例(分母)", "satisfaction_num", "满意度下限(分子)",
                        "satisfaction_den", "满意度下限(分母)", "excellent_num", "优秀比例上限(分子)"))
                .register("appraisal_entry", "民主评议记录", "final_grade", Map.ofEntries(
                        Map.entry("self_assessment", "个人自评"), Map.entry("votes_excellent", "优秀票"),
                        Map.entry("votes_qualified", "合格票"), Map.entry("votes_basic", "基本合格票"),
                        Map.entry("votes_failed", "不合格票"), Map.entry("mass_satisfied", "满意"),
                        Map.entry("mass_basic", "基本满意"), Map.entry("mass_unsatisfied", "不满意"),
                        Map.entry("five_lead", "五带头考核"), Map.entry("final_grade", "评定等次"),
                        Map.entry("reason", "理由")))
                .register("rectification", "整改事项", "issue", Map.of("opened_on", "登记日期", "issue", "整改事项",
                        "closed_on", "销号日期", "close_note", "整改情况"))
                .register("appraisal_followup", "不合格党员处置", "kind", Map.of("kind", "处置方式",
                        "decided_on", "决定日期", "deadline", "改正期限", "note", "说明"))
                .register("setting", "设置", "setting_key", Map.of("setting_value", "值"))
                .registerNames("setting", Map.of("ui.fontSize", "字号"))
                .register("print_log", "打印记录", "kind", Map.of("code", "校验码", "kind", "台账"));
    }
}
