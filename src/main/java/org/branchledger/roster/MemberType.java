package org.branchledger.roster;

/** 党员类型: a full member (正式党员) or a probationary one (预备党员, not yet 转正). */
public enum MemberType {
    FULL("正式党员"), PROBATIONARY("预备党员");

    private final String label;

    MemberType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MemberType ofLabel(String label) {
        for (MemberType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown member type: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
