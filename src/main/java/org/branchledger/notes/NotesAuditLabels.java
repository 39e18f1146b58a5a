package org.branchledger.notes;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (读书笔记、心得体会、扫描件和抽查) and their columns, in words a secretary reads. */
public final class NotesAuditLabels {
    /** A note's columns, as the trail and a refused save (decision 0025) name them. */
    static final Map<String, String> NOTE_COLUMNS = Map.of("written_on", "日期", "kind", "类别", "title", "题目",
            "word_count", "字数", "body", "正文", "reviewer", "批改人", "reviewed_on", "批改日期",
            "review_comment", "批改意见", "grade", "等级");

    private NotesAuditLabels() {
    }

    public static void register(ChangeDescriber changes) {
        changes.register("reading_note", "读书笔记、心得体会", "title", NOTE_COLUMNS)
                .register("note_attachment", "笔记扫描件", "file_name", Map.of("file_name", "文件名",
                        "stored_path", "保存位置"))
                .register("spot_check", "笔记抽查", "checked_on", Map.of("checked_on", "抽查日期", "checker", "抽查人",
                        "seed", "抽样号", "sample_size", "抽查篇数"))
                .register("spot_check_item", "笔记抽查结果", "result", Map.of("note_id", "笔记", "result", "抽查结果"));
    }
}
