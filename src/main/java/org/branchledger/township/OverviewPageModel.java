package org.branchledger.township;

import java.util.List;
import java.util.Optional;
import org.branchledger.core.i18n.Messages;

/**
 * The 全部支部 page without its window: the overview shown, the lines above and below the table, and where a
 * click on a number leads. Tested without a window.
 */
public final class OverviewPageModel {
    /** Where a click leads: this branch's page. */
    public record Target(long branchId, String branchName, String page) {
    }

    private Overview overview;

    /** Shows {@code overview} (a new one after receiving, or another year). */
    public void show(Overview overview) {
        this.overview = overview;
    }

    public boolean loaded() {
        return overview != null;
    }

    /** The rows by name (the table sorts them by any column with {@link OverviewColumn#order()}); none before the first load. */
    public List<OverviewRow> rows() {
        return overview == null ? List.of() : overview.rows();
    }

    /** The 合计 line under the table, each column's text. */
    public String totalLine() {
        return total().map(t -> Messages.get("township.page.total", t.full(), t.probationary(), t.floating(),
                t.compliant() + "/" + t.counted(), t.gaps(), t.overdue(), t.notesWaiting())).orElse("");
    }

    /** The 合计 line. */
    public Optional<OverviewRow> total() {
        return overview == null || overview.rows().isEmpty() ? Optional.empty() : Optional.of(overview.total());
    }

    /** Where a click on {@code column} of {@code row} leads; the 合计 line leads nowhere. */
    public Optional<Target> target(OverviewRow row, OverviewColumn column) {
        if (row.branchId() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Target(row.branchId(), row.branch(), column.page()));
    }

    /** The line above the table: how many branches, received how many, how many not renewed for a quarter. */
    public String summary() {
        if (overview == null) {
            return Messages.get("township.page.loading");
        }
        if (overview.rows().isEmpty()) {
            return Messages.get("township.page.empty");
        }
        long received = overview.rows().stream().filter(OverviewRow::received).count();
        long stale = overview.rows().stream().filter(OverviewRow::stale).count();
        String line = Messages.get("township.page.summary", String.valueOf(overview.year()),
                String.valueOf(overview.rows().size()), String.valueOf(received), overview.today().toString());
        return stale == 0 ? line : line + Messages.get("township.page.summaryStale", String.valueOf(stale));
    }
}
