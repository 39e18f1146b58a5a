package org.branchledger.appraisal;

import org.branchledger.core.text.Labelled;

/** How a member graded 不合格 is dealt with: 限期改正 (with a deadline of at most a year), 劝退 or 除名. */
public enum FollowUpKind implements Labelled {
    CORRECT("限期改正"), PERSUADE_TO_LEAVE("劝退"), EXPEL("除名");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FollowUpKind ofLabel(String label) {
        return Labelled.find(values(), label);
    }

    @Override
    public String toString() {
        return label;
    }
}
