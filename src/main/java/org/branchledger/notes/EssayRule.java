package org.branchledger.notes;

import java.util.List;

/**
 * The essay rule (DOMAIN.md §3): a leading cadre needs at least two essays of at least 3000 字; any
 * other member who can write needs at least one essay; members who cannot write are exempt (免写). Only
 * reviewed essays whose grade is not 需修改 count.
 */
public final class EssayRule {
    public static final int CADRE_ESSAYS = 2;
    public static final int CADRE_MIN_WORDS = 3000;
    public static final int MEMBER_ESSAYS = 1;

    /** 达标: 是, 否, or 免 for the exempt. */
    public enum Compliance {
        YES("是"), NO("否"), EXEMPT("免");

        private final String label;

        Compliance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One member's standing: essays that count, essays required, and the verdict. */
    public record Standing(int counted, int required, Compliance compliance) {
    }

    private EssayRule() {
    }

    public static Standing judge(boolean leadingCadre, boolean canWrite, List<ReadingNote> notes) {
        int counted = (int) notes.stream().filter(ReadingNote::countableEssay)
                .filter(n -> !leadingCadre || n.wordCount() >= CADRE_MIN_WORDS).count();
        if (!canWrite) {
            return new Standing(counted, 0, Compliance.EXEMPT);
        }
        int required = leadingCadre ? CADRE_ESSAYS : MEMBER_ESSAYS;
        return new Standing(counted, required, counted >= required ? Compliance.YES : Compliance.NO);
    }
}
