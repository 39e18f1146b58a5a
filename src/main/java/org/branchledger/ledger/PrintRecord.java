package org.branchledger.ledger;

import java.time.LocalDateTime;

/** One entry of the print log: a ledger as printed, and what it was made from. */
public record PrintRecord(Long id, String code, LocalDateTime printedAt, String kind, long branchId, int year,
                          String options, String contentHash, long auditMark) {
}
