package org.branchledger.appraisal;

import org.branchledger.core.text.Labelled;

/** 评定等次: the four grades of the democratic appraisal, best first. */
public enum AppraisalGrade implements Labelled {
    EXCELLENT("优秀"), QUALIFIED("合格"), BASIC("基本合格"), FAILED("不合格");

    private final String label;

    AppraisalGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The grade of a label (spaces ignored), or null. */
    public static AppraisalGrade ofLabel(String label) {
        if (label == null) {
            return null;
        }
        String t = label.strip().replace(" ", "").replace("\u3000", "");
        return Labelled.find(values(), t);
    }

    @Override
    public String toString() {
        return label;
    }
}
