package org.branchledger.study;

/**
 * The study rule (DOMAIN.md §2): a member complies when total ≥ R and centralised ≥ share × R, compared
 * exactly in tenths: {@code den × centralised ≥ num × R} (3 × c ≥ 2 × R for the ⅔ default).
 */
public final class HoursRule {
    private HoursRule() {
    }

    /** One member's standing. All hours in tenths. */
    public record Standing(int centralised, int self, int required, boolean centralisedEnough, boolean compliant,
                           int missingTotal, int missingCentralised) {

        public int total() {
            return centralised + self;
        }

        /** e.g. 还差 3.5 学时，其中集中学习还差 2.0 学时; 已达标 when nothing is missing. */
        public String missingInWords() {
            if (compliant) {
                return "已达标";
            }
            if (missingTotal == 0) {
                return "集中学习还差 " + Hours.format(missingCentralised) + " 学时";
            }
            String words = "还差 " + Hours.format(missingTotal) + " 学时";
            return missingCentralised > 0 ? words + "，其中集中学习还差 " + Hours.format(missingCentralised) + " 学时" : words;
        }
    }

    public static Standing judge(int centralised, int self, int required, int num, int den) {
        int total = centralised + self;
        boolean shareOk = (long) den * centralised >= (long) num * required;
        boolean compliant = total >= required && shareOk;
        return new Standing(centralised, self, required, shareOk, compliant, Math.max(0, required - total),
                Math.max(0, centralisedNeeded(required, num, den) - centralised));
    }

    /** The centralised hours (tenths) that meet the share of {@code required}: num/den × R, rounded up. */
    public static int centralisedNeeded(int required, int num, int den) {
        return (int) ((num * (long) required + den - 1) / den);
    }
}
