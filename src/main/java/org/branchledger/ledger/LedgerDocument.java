package org.branchledger.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One printed ledger (台账). verificationCode may be null (then not printed).
 *
 * @param signatures who signs at the foot of each page (a branch's ledger unless said otherwise)
 */
public record LedgerDocument(String title, String branchName, String period, Orientation orientation,
                             List<Section> sections, String verificationCode, Signatures signatures) {
    public LedgerDocument(String title, String branchName, String period, Orientation orientation,
                          List<Section> sections, String verificationCode) {
        this(title, branchName, period, orientation, sections, verificationCode, Signatures.BRANCH);
    }

    public LedgerDocument {
        Objects.requireNonNull(title, "title");
        branchName = branchName == null ? "" : branchName;
        period = period == null ? "" : period;
        orientation = orientation == null ? Orientation.AUTO : orientation;
        sections = List.copyOf(sections == null ? List.of() : sections);
        verificationCode = verificationCode == null || verificationCode.isBlank() ? null : verificationCode;
        signatures = signatures == null ? Signatures.BRANCH : signatures;
    }
}
