package org.branchledger;

import java.util.HashMap;
import java.util.Map;
import org.branchledger.appraisal.PledgeEvidence;
import org.branchledger.appraisal.PledgeSummary;
import org.branchledger.pledge.PledgeService;

/** The composition root's glue: the appraisal's evidence from the year's pledges, without the two features knowing each other. */
final class PledgeEvidenceOfPledges {
    private PledgeEvidenceOfPledges() {
    }

    /** Open counts 进行中, 逾期 and 未公示 together. */
    static PledgeEvidence of(PledgeService pledges) {
        return (branchId, year) -> {
            Map<Long, PledgeSummary> summaries = new HashMap<>();
            pledges.memberResults(branchId, year).forEach((memberId, r) -> summaries.put(memberId,
                    new PledgeSummary(r.total(), r.kept(), r.partlyKept(), r.notKept(),
                            r.inProgress() + r.overdue() + r.unpublished())));
            return summaries;
        };
    }
}
