package org.branchledger.ledger;

import java.util.Objects;

/** The cover of an inspection pack (督查材料包). verificationCode may be null (then not printed). */
public record PackCover(String title, String branchName, String period, String verificationCode) {
    public PackCover {
        Objects.requireNonNull(title, "title");
        branchName = branchName == null ? "" : branchName;
        period = period == null ? "" : period;
        verificationCode = verificationCode == null || verificationCode.isBlank() ? null : verificationCode;
    }
}
