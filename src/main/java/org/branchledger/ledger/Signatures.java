package org.branchledger.ledger;

import java.util.List;

/**
 * Who signs a ledger at its foot: a branch's ledgers 填表人 / 支部书记 / 日期; the township's ledgers over every
 * branch 组织委员 / 党委(盖章) / 日期, for they are the township committee's, not a branch secretary's.
 */
public enum Signatures {
    BRANCH(List.of(Labels.FILLED_BY, Labels.SECRETARY, Labels.DATE)),
    TOWNSHIP(List.of("组织委员：", "党委(盖章)：", Labels.DATE));

    private final List<String> labels;

    Signatures(List<String> labels) {
        this.labels = labels;
    }

    /** The three labels, left, centre and right, each ending in its colon. */
    List<String> labels() {
        return labels;
    }

    /** The line written out as text, for the .xlsx (the PDF draws real lines to sign on). */
    String line() {
        return String.join("    ", labels.stream().map(l -> l + Labels.BLANK).toList());
    }
}
