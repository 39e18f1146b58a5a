package org.branchledger.appraisal;

import java.util.Map;

/**
 * Where the appraisal gets each member's pledge results for the year (公开承诺, DOMAIN.md §4: "把考评结果作为
 * 年度评议党员 … 的重要依据"). A port, so the appraisal does not depend on how pledges are kept.
 */
@FunctionalInterface
public interface PledgeEvidence {
    /** No pledge data: every member shows 无承诺. */
    PledgeEvidence NONE = (branchId, year) -> Map.of();

    /** Each member's pledges of the year, by member id; members without pledges may be left out. */
    Map<Long, PledgeSummary> forYear(long branchId, int year);
}
