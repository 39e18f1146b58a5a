package org.branchledger.ledger;

import java.time.LocalDate;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;

/**
 * 公示期: the days a public notice stays on the board, first and last day included. A notice printed with one
 * says so in the date style of every public notice ({@link #format}).
 */
public record NoticePeriod(LocalDate from, LocalDate to) {
    /** The usual length when the branch has none of its own (支部信息 → 公示期 sets it). */
    public static final int DEFAULT_DAYS = 5;

    public NoticePeriod {
        if (from == null || to == null) {
            throw UserError.badInput("公示期需要开始和结束日期");
        }
        if (to.isBefore(from)) {
            throw UserError.badInput("公示期的结束日期 " + format(to) + " 早于开始日期 " + format(from));
        }
    }

    /** How many days the branch's notices usually stay up. */
    public static int usualDays(Branch branch) {
        return branch != null && branch.noticeDays() > 0 ? branch.noticeDays() : DEFAULT_DAYS;
    }

    /** The branch's usual 公示期 starting on {@code from}. */
    public static NoticePeriod usual(Branch branch, LocalDate from) {
        return new NoticePeriod(from, from.plusDays(usualDays(branch) - 1L));
    }

    /** 2026年12月7日 至 2026年12月11日 */
    public String text() {
        return format(from) + " 至 " + format(to);
    }

    /** The one date style of public notices and sign-in sheets: 2026年12月7日. */
    public static String format(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** As kept in the print log: {@code 2026-12-07..2026-12-11}. */
    String option() {
        return from + ".." + to;
    }

    static NoticePeriod ofOption(String text) {
        int dots = text.indexOf("..");
        return new NoticePeriod(LocalDate.parse(text.substring(0, dots)), LocalDate.parse(text.substring(dots + 2)));
    }
}
