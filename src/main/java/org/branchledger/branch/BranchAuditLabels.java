package org.branchledger.branch;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (支部) and their columns, in words a secretary reads. */
public final class BranchAuditLabels {
    private BranchAuditLabels() {
    }

    public static void register(ChangeDescriber changes) {
        changes.register("branch", "支部", "name", Map.of("name", "名称", "secretary", "书记", "phone", "监督电话",
                        "higher_org", "上级党组织", "kind", "类型", "founded_on", "成立日期", "notice_days", "公示期天数",
                        "demo", "示例支部"));
    }
}
