package org.branchledger.study;

import org.branchledger.core.text.Labelled;

/**
 * 出勤 at a centralised session: 出席 and 送课上门 (a lesson taken to the home of an old or sick member)
 * are credited; 补课 (made up later) is credited as centralised; 请假 and 缺席 count 0 until made up.
 */
public enum AttendanceStatus implements Labelled {
    PRESENT("出席", true), LEAVE("请假", false), ABSENT("缺席", false), MADE_UP("补课", true),
    AT_HOME("送课上门", true);

    private final String label;
    private final boolean credited;

    AttendanceStatus(String label, boolean credited) {
        this.label = label;
        this.credited = credited;
    }

    public String label() {
        return label;
    }

    public boolean credited() {
        return credited;
    }

    public static AttendanceStatus ofLabel(String label) {
        return Labelled.find(values(), label);
    }

    @Override
    public String toString() {
        return label;
    }
}
