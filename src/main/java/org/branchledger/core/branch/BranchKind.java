package org.branchledger.core.branch;

import org.branchledger.core.text.Labelled;

/** The kinds of branch DOMAIN.md §1 names; the label is what the database and the screens show. */
public enum BranchKind implements Labelled {
    VILLAGE("农村"), ENTERPRISE("企业"), OFFICE("机关"), COMMUNITY("社区"), SCHOOL("学校"), OTHER("其他");

    private final String label;

    BranchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static BranchKind ofLabel(String label) {
        BranchKind found = Labelled.find(values(), label);
        if (found == null) {
            throw new IllegalArgumentException("unknown branch kind: " + label);
        }
        return found;
    }

    /** The kind a branch's name suggests (红旗村党支部 → 农村), for branches created by an import. */
    public static BranchKind guess(String name) {
        if (name.matches(".*(公司|企业|厂|集团|有限).*")) {
            return ENTERPRISE;
        }
        if (name.contains("社区")) {
            return COMMUNITY;
        }
        if (name.matches(".*(学校|中学|小学|大学|学院).*")) {
            return SCHOOL;
        }
        if (name.matches(".*(机关|局|委员会|政府|办公室).*")) {
            return OFFICE;
        }
        if (name.matches(".*(村|组|乡|镇).*")) {
            return VILLAGE;
        }
        return OTHER;
    }

    @Override
    public String toString() {
        return label;
    }
}
