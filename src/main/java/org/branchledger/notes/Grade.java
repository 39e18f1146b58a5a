package org.branchledger.notes;

import org.branchledger.core.text.Labelled;

/** The reviewer's grade (批改等级). */
public enum Grade implements Labelled {
    EXCELLENT("优"), GOOD("良"), PASS("合格"), REVISE("需修改");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The grade for a label, or null. */
    public static Grade ofLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return Labelled.find(values(), t);
    }
}
