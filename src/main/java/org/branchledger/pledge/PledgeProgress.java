package org.branchledger.pledge;

import java.time.LocalDate;

/** 履诺: one dated progress entry of a pledge (the date may be missing on imported entries). */
public record PledgeProgress(Long id, long pledgeId, LocalDate notedOn, String note) {

    /** {@code 2026-05-10 完成选址} as the ledger prints it. */
    public String line() {
        return (notedOn == null ? "" : notedOn + " ") + note;
    }
}
