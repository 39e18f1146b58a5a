package org.branchledger.township;

import java.util.Comparator;
import java.util.function.Function;
import org.branchledger.core.i18n.Messages;

/**
 * The columns of the 全部支部 page: each one's heading, its text for a branch, how it sorts, and the page its
 * number leads to (the branch's 花名册 for its members, 学习教育 for hours and meetings, and so on).
 */
public enum OverviewColumn {
    BRANCH("township.page.col.branch", "settings", r -> r.branch(), Comparator.comparing(OverviewRow::branch)),
    SOURCE("township.page.col.source", "settings",
            r -> Messages.get(r.received() ? "township.page.source.received" : "township.page.source.here"),
            Comparator.comparing(OverviewRow::received)),
    FULL("township.page.col.full", "roster", r -> String.valueOf(r.full()), Comparator.comparingInt(OverviewRow::full)),
    PROBATIONARY("township.page.col.probationary", "roster", r -> String.valueOf(r.probationary()),
            Comparator.comparingInt(OverviewRow::probationary)),
    FLOATING("township.page.col.floating", "roster", r -> String.valueOf(r.floating()),
            Comparator.comparingInt(OverviewRow::floating)),
    HOURS("township.page.col.hours", "study", r -> r.compliant() + "/" + r.counted(),
            Comparator.comparingDouble(OverviewColumn::hoursShare)),
    GAPS("township.page.col.gaps", "study", r -> String.valueOf(r.gaps()), Comparator.comparingInt(OverviewRow::gaps)),
    OVERDUE("township.page.col.overdue", "pledges", r -> String.valueOf(r.overdue()),
            Comparator.comparingInt(OverviewRow::overdue)),
    NOTES("township.page.col.notes", "notes", r -> String.valueOf(r.notesWaiting()),
            Comparator.comparingInt(OverviewRow::notesWaiting)),
    APPRAISAL("township.page.col.appraisal", "appraisal",
            r -> Messages.get(r.appraisalDone() ? "township.appraisal.done" : "township.appraisal.notDone"),
            Comparator.comparing(OverviewRow::appraisalDone)),
    REPORTED("township.page.col.reported", "settings", OverviewColumn::reported,
            Comparator.comparing(OverviewRow::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder())));

    private final String titleKey;
    private final String page;
    private final Function<OverviewRow, String> text;
    private final Comparator<OverviewRow> order;

    OverviewColumn(String titleKey, String page, Function<OverviewRow, String> text, Comparator<OverviewRow> order) {
        this.titleKey = titleKey;
        this.page = page;
        this.text = text;
        this.order = order;
    }

    public String title() {
        return Messages.get(titleKey);
    }

    /** What the cell says for {@code row}. */
    public String text(OverviewRow row) {
        return text.apply(row);
    }

    /** The order of this column, smallest first; ties by the branch's name. */
    public Comparator<OverviewRow> order() {
        return order.thenComparing(OverviewRow::branch);
    }

    /** The page (the navigation's key) a click on this column's number opens for the row's branch. */
    public String page() {
        return page;
    }

    /** Whether the cell should stand out: a package older than a quarter, meetings missing, pledges overdue. */
    public boolean flagged(OverviewRow row) {
        return switch (this) {
            case REPORTED -> row.stale();
            case GAPS -> row.gaps() > 0;
            case OVERDUE -> row.overdue() > 0;
            case APPRAISAL -> !row.appraisalDone();
            case HOURS -> row.compliant() < row.counted();
            default -> false;
        };
    }

    private static double hoursShare(OverviewRow r) {
        return r.counted() == 0 ? 1.0 : (double) r.compliant() / r.counted();
    }

    private static String reported(OverviewRow r) {
        if (r.reportedAt() == null) {
            return "";
        }
        String date = r.reportedAt().toLocalDate().toString();
        return r.stale() ? Messages.get("township.page.stale", date) : date;
    }
}
