package org.branchledger.roster;

import org.branchledger.core.text.Labelled;

/** 党员类型: a full member (正式党员) or a probationary one (预备党员, not yet 转正). */
public enum MemberType implements Labelled {
    FULL("正式党员"), PROBATIONARY("预备党员");

    private final String label;

    MemberType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MemberType ofLabel(String label) {
        MemberType found = Labelled.find(values(), label);
        if (found == null) {
            throw new IllegalArgumentException("unknown member type: " + label);
        }
        return found;
    }

    @Override
    public String toString() {
        return label;
    }
}
