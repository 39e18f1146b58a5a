package org.branchledger.appraisal;

/**
 * One member's public pledges of the year, as evidence for the appraisal.
 *
 * @param open pledges without a verdict yet (in progress, overdue or unpublished)
 */
public record PledgeSummary(int total, int kept, int partlyKept, int notKept, int open) {

    /** e.g. 3 项：已兑现 2、部分兑现 1; {@code 无承诺} for none. */
    public String text() {
        if (total == 0) {
            return "无承诺";
        }
        StringBuilder s = new StringBuilder(total + " 项：已兑现 " + kept);
        if (partlyKept > 0) {
            s.append("、部分兑现 ").append(partlyKept);
        }
        if (notKept > 0) {
            s.append("、未兑现 ").append(notKept);
        }
        if (open > 0) {
            s.append("、未评 ").append(open);
        }
        return s.toString();
    }
}
