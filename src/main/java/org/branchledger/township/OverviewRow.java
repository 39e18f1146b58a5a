package org.branchledger.township;

import java.time.LocalDateTime;

/**
 * One branch's line of the township's overview.
 *
 * @param floating      流动党员 among the current members (counted in 正式 / 预备 too)
 * @param compliant     members meeting the hours rule, of {@code counted} current members
 * @param gaps          required meetings missing (三会一课) in the year's finished periods
 * @param overdue       the year's open pledges past their deadline (逾期)
 * @param notesWaiting  notes and essays not yet reviewed (待批改)
 * @param reportedAt    when the package it was received from was made; null for a branch kept here
 * @param stale         received data from a package older than a quarter
 */
public record OverviewRow(long branchId, String branch, int full, int probationary, int floating, int compliant,
                          int counted, int gaps, int overdue, int notesWaiting, boolean appraisalDone,
                          LocalDateTime reportedAt, boolean stale) {
    public boolean received() {
        return reportedAt != null;
    }
}
