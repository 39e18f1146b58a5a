package org.branchledger.study;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (学习活动、出勤、自学和学习要求) and their columns, in words a secretary reads. */
public final class StudyAuditLabels {
    private StudyAuditLabels() {
    }

    /** The attendance table's columns in the secretary's words (also for a grid's save refused: decision 0025). */
    static final Map<String, String> ATTENDANCE_COLUMNS = Map.of("status", "出勤", "makeup_on", "补课日期",
            "makeup_how", "补课方式");

    /** The settings' columns as a refused save names them (decision 0025): hours are stored in tenths. */
    static final Map<String, String> SETTINGS_COLUMNS = Map.of("required_tenths", "要求学时(0.1学时)",
            "centralised_numerator", "集中学习占比(分子)", "centralised_denominator", "集中学习占比(分母)",
            "committee_required_tenths", "支部委员要求学时(0.1学时)", "topics", "必学专题");

    public static void register(ChangeDescriber changes) {
        changes.register("study_session", "学习活动", "topic", Map.of("held_on", "日期", "kind", "形式", "topic", "主题",
                        "hours_tenths", "学时", "place", "地点", "speaker", "主讲人"))
                .register("attendance", "出勤记录", "status", ATTENDANCE_COLUMNS)
                .register("self_study", "自学记录", "material", Map.of("studied_on", "日期", "material", "内容",
                        "hours_tenths", "学时"))
                .register("study_settings", "学习要求设置", "study_year", Map.of("required_tenths", "要求学时",
                        "committee_required_tenths", "支部委员要求学时", "topics", "必学专题"));
    }
}
