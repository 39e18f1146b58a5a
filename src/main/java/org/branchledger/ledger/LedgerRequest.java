package org.branchledger.ledger;

import java.time.LocalDate;
import org.branchledger.branch.Branch;

/**
 * What a ledger is printed for.
 *
 * @param fullIds print ID numbers and phones in full (internal ledgers only; public kinds ignore it)
 * @param session the session date, for kinds that print one session
 */
public record LedgerRequest(Branch branch, int year, boolean fullIds, LocalDate session) {

    /** The options that change a ledger's content, as kept in the print log. */
    public String options() {
        return (fullIds ? "full-ids" : "") + (session == null ? "" : (fullIds ? ";" : "") + "session=" + session);
    }

    public static LedgerRequest fromOptions(Branch branch, int year, String options) {
        boolean full = false;
        LocalDate session = null;
        for (String part : options.split(";")) {
            if (part.equals("full-ids")) {
                full = true;
            } else if (part.startsWith("session=")) {
                session = LocalDate.parse(part.substring("session=".length()));
            }
        }
        return new LedgerRequest(branch, year, full, session);
    }
}
