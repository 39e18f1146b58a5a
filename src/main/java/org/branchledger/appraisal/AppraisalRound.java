package org.branchledger.appraisal;

import java.time.LocalDate;

/**
 * 民主评议: one branch's round for one year, with its dates, its 公示期 and its thresholds.
 *
 * @param startedOn  when the round began (学习动员), may be null until set
 * @param endedOn    when the committee decided (组织评定); members' type is judged on this day
 * @param noticeFrom 公示期 start, may be null
 */
public record AppraisalRound(Long id, long branchId, int year, LocalDate startedOn, LocalDate endedOn,
                             LocalDate noticeFrom, LocalDate noticeTo, AppraisalRule.Thresholds thresholds) {

    public static AppraisalRound fresh(long branchId, int year) {
        return new AppraisalRound(null, branchId, year, null, null, null, null, AppraisalRule.Thresholds.DEFAULT);
    }

    /** The day the participants' type (正式 / 预备) is judged on: the end, else the start, else 31 December. */
    public LocalDate asOf() {
        return endedOn != null ? endedOn : startedOn != null ? startedOn : LocalDate.of(year, 12, 31);
    }

    public AppraisalRound withId(Long newId) {
        return new AppraisalRound(newId, branchId, year, startedOn, endedOn, noticeFrom, noticeTo, thresholds);
    }
}
