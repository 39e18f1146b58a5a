package org.branchledger.pledge;

import java.util.Arrays;
import org.branchledger.core.text.Labelled;
import java.util.List;

/**
 * What a pledge is measured against (DOMAIN.md §4): a branch pledge against one of the 五个好, a member's
 * against one of the 五带头.
 */
public enum PledgeCategory implements Labelled {
    LEADERSHIP("领导班子好", true), MEMBERS("党员队伍好", true), MECHANISM("工作机制好", true),
    RESULTS("工作业绩好", true), REPUTATION("群众反映好", true),
    STUDY("带头学习提高", false), ACHIEVE("带头争创佳绩", false), SERVE("带头服务群众", false),
    DISCIPLINE("带头遵纪守法", false), INTEGRITY("带头弘扬正气", false);

    private final String label;
    private final boolean branch;

    PledgeCategory(String label, boolean branch) {
        this.label = label;
        this.branch = branch;
    }

    public String label() {
        return label;
    }

    /** A 五个好 item (for branch pledges); otherwise a 五带头 item (for members). */
    public boolean forBranch() {
        return branch;
    }

    public static List<PledgeCategory> of(boolean forBranch) {
        return Arrays.stream(values()).filter(c -> c.branch == forBranch).toList();
    }

    /** The category a label names; also the short forms people write (学习提高, 服务群众, 班子好 …); null if none. */
    public static PledgeCategory ofLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("　", "");
        PledgeCategory exact = Labelled.find(values(), t);
        if (exact != null) {
            return exact;
        }
        for (PledgeCategory c : values()) {
            String core = c.branch ? c.label.substring(0, c.label.length() - 1) : c.label.substring(2);
            if (!t.isEmpty() && (t.equals(core) || t.equals("带头" + core))) {
                return c;
            }
        }
        return null;
    }

    /** The labels of one side, for messages: 领导班子好、党员队伍好 … */
    public static String labels(boolean forBranch) {
        return String.join("、", of(forBranch).stream().map(PledgeCategory::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
