package org.branchledger.study;

import org.branchledger.core.text.Labelled;

/** The kinds of study session (DOMAIN.md §2); all are centralised learning. 三会一课 meetings are sessions too. */
public enum SessionKind implements Labelled {
    STUDY("集中学习"), PARTY_LECTURE("党课"), GENERAL_MEETING("支部党员大会"), GROUP_MEETING("党小组会"),
    COMMITTEE_MEETING("支委会"), SEMINAR("专题讨论"), THEME_DAY("主题党日"), VISIT("参观见学"),
    LIFE_MEETING("组织生活会");

    /** The 形式 written for self-study rows, which are not sessions. */
    public static final String SELF_STUDY = "自学";

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SessionKind ofLabel(String label) {
        return Labelled.find(values(), label);
    }

    @Override
    public String toString() {
        return label;
    }
}
