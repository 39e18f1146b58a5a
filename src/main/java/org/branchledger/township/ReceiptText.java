package org.branchledger.township;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.i18n.Messages;

/** What receiving a package did, in lines: the same words from {@code import-branch} and from the window. */
public final class ReceiptText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReceiptText() {
    }

    /** The outcome's line, then what changed since the package held before, indented. */
    public static List<String> lines(Receipt r) {
        List<String> out = new ArrayList<>();
        String made = r.manifest().madeAt().format(WHEN);
        out.add(switch (r.outcome()) {
            case ADDED -> Messages.get("township.receive.added", r.branchName(), made, r.checksumCode());
            case REPLACED -> Messages.get("township.receive.replaced", r.branchName(), made, r.previous().format(WHEN),
                    r.checksumCode());
            case UNCHANGED -> Messages.get("township.receive.unchanged", r.branchName(), made);
        });
        if (r.changes() != null) {
            out.add(Messages.get(r.changes().before() == null ? "township.changes.firstHeader" : "township.changes.header",
                    r.previous() == null ? "" : r.previous().format(WHEN)));
            r.changes().lines().forEach(line -> out.add("  " + line));
        }
        return out;
    }
}
