package org.branchledger.branch;

/** The kinds of branch DOMAIN.md §1 names; the label is what the database and the screens show. */
public enum BranchKind {
    VILLAGE("农村"), ENTERPRISE("企业"), OFFICE("机关"), COMMUNITY("社区"), SCHOOL("学校"), OTHER("其他");

    private final String label;

    BranchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static BranchKind ofLabel(String label) {
        for (BranchKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown branch kind: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
