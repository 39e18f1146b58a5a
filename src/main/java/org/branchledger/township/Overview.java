package org.branchledger.township;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 全部支部: the township's one view over every branch for a year, a row each, by name. Pure: made from the
 * branches' standings, so the command, the ledger and the page show the same numbers.
 *
 * @param today the day statuses were judged on; a package made more than a quarter before it is flagged
 */
public record Overview(int year, LocalDate today, List<OverviewRow> rows) {
    /** A branch's data older than this many months is flagged: a package is expected every quarter. */
    public static final int STALE_MONTHS = 3;

    public Overview {
        rows = List.copyOf(rows);
    }

    public static Overview of(int year, LocalDate today, List<BranchStanding> standings) {
        List<OverviewRow> rows = new ArrayList<>();
        for (BranchStanding s : standings) {
            rows.add(new OverviewRow(s.branch().id(), s.branch().name(), s.counts().full(), s.counts().probationary(),
                    s.counts().floating(), s.compliant(), s.counted(), s.gaps().size(), s.overdue(), s.notesWaiting(),
                    s.appraisalDone(), s.reportedAt(), stale(s.reportedAt(), today)));
        }
        rows.sort(Comparator.comparing(OverviewRow::branch));
        return new Overview(year, today, rows);
    }

    /** Received data from a package made more than {@link #STALE_MONTHS} months before {@code today}. */
    public static boolean stale(LocalDateTime reportedAt, LocalDate today) {
        return reportedAt != null && reportedAt.toLocalDate().isBefore(today.minusMonths(STALE_MONTHS));
    }

    /** Every branch's row added up (the table's 合计 line); no package date. */
    public OverviewRow total() {
        return new OverviewRow(0, "合计", sum(OverviewRow::full), sum(OverviewRow::probationary), sum(OverviewRow::floating),
                sum(OverviewRow::compliant), sum(OverviewRow::counted), sum(OverviewRow::gaps), sum(OverviewRow::overdue),
                sum(OverviewRow::notesWaiting), rows.stream().allMatch(OverviewRow::appraisalDone), null,
                rows.stream().anyMatch(OverviewRow::stale));
    }

    private int sum(java.util.function.ToIntFunction<OverviewRow> f) {
        return rows.stream().mapToInt(f).sum();
    }
}
