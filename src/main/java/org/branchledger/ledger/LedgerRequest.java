package org.branchledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.branch.Branch;

/**
 * What a ledger is printed for.
 *
 * @param fullIds   print ID numbers and phones in full (internal ledgers only; public kinds ignore it)
 * @param session   the session date, for kinds that print one session
 * @param asOf      the day the ledger describes (today when printing; the printing day when verifying), for
 *                  ledgers that judge periods "so far", such as meeting gaps; null: the day it is printed, as
 *                  {@link LedgerService} reads it from the app's clock
 * @param sessionId the one session of that date to print (null: every session of the date, as printed before
 *                  sessions could be picked one by one)
 * @param notice    the 公示期 a public notice is printed for (null: the notices as already published, e.g. in
 *                  the pack)
 */
public record LedgerRequest(Branch branch, int year, boolean fullIds, LocalDate session, LocalDate asOf,
                            Long sessionId, NoticePeriod notice) {

    /** A request as of the day it is printed. */
    public LedgerRequest(Branch branch, int year, boolean fullIds, LocalDate session) {
        this(branch, year, fullIds, session, null);
    }

    public LedgerRequest(Branch branch, int year, boolean fullIds, LocalDate session, LocalDate asOf) {
        this(branch, year, fullIds, session, asOf, null, null);
    }

    /** The same request as of {@code day}. */
    public LedgerRequest on(LocalDate day) {
        return new LedgerRequest(branch, year, fullIds, session, day, sessionId, notice);
    }

    /** The same request for one session (its date and id). */
    public LedgerRequest forSession(LocalDate day, long id) {
        return new LedgerRequest(branch, year, fullIds, day, asOf, id, notice);
    }

    /** The same request for a public notice posted during {@code period}. */
    public LedgerRequest withNotice(NoticePeriod period) {
        return new LedgerRequest(branch, year, fullIds, session, asOf, sessionId, period);
    }

    /** The options that change a ledger's content, as kept in the print log. */
    public String options() {
        List<String> parts = new ArrayList<>();
        if (fullIds) {
            parts.add("full-ids");
        }
        if (session != null) {
            parts.add("session=" + session);
        }
        if (sessionId != null) {
            parts.add("session-id=" + sessionId);
        }
        if (notice != null) {
            parts.add("notice=" + notice.option());
        }
        return String.join(";", parts);
    }

    /** The request a print-log entry was made from, as of its printing day. */
    public static LedgerRequest fromOptions(Branch branch, int year, String options, LocalDate asOf) {
        boolean full = false;
        LocalDate session = null;
        Long sessionId = null;
        NoticePeriod notice = null;
        for (String part : options.split(";")) {
            if (part.equals("full-ids")) {
                full = true;
            } else if (part.startsWith("session=")) {
                session = LocalDate.parse(part.substring("session=".length()));
            } else if (part.startsWith("session-id=")) {
                sessionId = Long.valueOf(part.substring("session-id=".length()));
            } else if (part.startsWith("notice=")) {
                notice = NoticePeriod.ofOption(part.substring("notice=".length()));
            }
        }
        return new LedgerRequest(branch, year, full, session, asOf, sessionId, notice);
    }
}
