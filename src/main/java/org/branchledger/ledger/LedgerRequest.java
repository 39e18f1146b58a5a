package org.branchledger.ledger;

import java.time.LocalDate;
import org.branchledger.branch.Branch;

/**
 * What a ledger is printed for.
 *
 * @param fullIds print ID numbers and phones in full (internal ledgers only; public kinds ignore it)
 * @param session the session date, for kinds that print one session
 * @param asOf    the day the ledger describes (today when printing; the printing day when verifying), for
 *                ledgers that judge periods "so far", such as meeting gaps
 */
public record LedgerRequest(Branch branch, int year, boolean fullIds, LocalDate session, LocalDate asOf) {

    public LedgerRequest(Branch branch, int year, boolean fullIds, LocalDate session) {
        this(branch, year, fullIds, session, LocalDate.now());
    }

    /** The options that change a ledger's content, as kept in the print log. */
    public String options() {
        return (fullIds ? "full-ids" : "") + (session == null ? "" : (fullIds ? ";" : "") + "session=" + session);
    }

    /** The request a print-log entry was made from, as of its printing day. */
    public static LedgerRequest fromOptions(Branch branch, int year, String options, LocalDate asOf) {
        boolean full = false;
        LocalDate session = null;
        for (String part : options.split(";")) {
            if (part.equals("full-ids")) {
                full = true;
            } else if (part.startsWith("session=")) {
                session = LocalDate.parse(part.substring("session=".length()));
            }
        }
        return new LedgerRequest(branch, year, full, session, asOf);
    }
}
