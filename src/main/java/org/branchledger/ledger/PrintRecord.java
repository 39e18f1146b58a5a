package org.branchledger.ledger;

import java.time.LocalDateTime;

/**
 * One entry of the print log: a ledger as printed, and what it was made from.
 *
 * @param auditMark     the number of the newest audit entry at printing
 * @param auditHash     that entry's hash (null for prints recorded before V11)
 * @param layoutVersion the page layout it was printed with ({@link LedgerLayout#VERSION})
 */
public record PrintRecord(Long id, String code, LocalDateTime printedAt, String kind, long branchId, int year,
                          String options, String contentHash, long auditMark, String auditHash, int layoutVersion) {
}
