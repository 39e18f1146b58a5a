package org.branchledger.branch;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (支部) and their columns, in words a secretary reads. */
public final class BranchAuditLabels {
    private BranchAuditLabels() {
    }

    /** The branch table's columns in the secretary's words (also for an edit refused: decision 0025). */
    static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "名称"),
            Map.entry("secretary", "书记"), Map.entry("phone", "监督电话"), Map.entry("higher_org", "上级党组织"),
            Map.entry("kind", "类型"), Map.entry("founded_on", "成立日期"), Map.entry("notice_days", "公示期天数"),
            Map.entry("demo", "示例支部"), Map.entry("uuid", "支部标识"), Map.entry("reported_at", "上报数据包时间"));

    public static void register(ChangeDescriber changes) {
        changes.register("branch", "支部", "name", COLUMNS);
    }
}
