package org.branchledger.appraisal;

/** How a member graded 不合格 is dealt with: 限期改正 (with a deadline of at most a year), 劝退 or 除名. */
public enum FollowUpKind {
    CORRECT("限期改正"), PERSUADE_TO_LEAVE("劝退"), EXPEL("除名");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FollowUpKind ofLabel(String label) {
        for (FollowUpKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
