package org.branchledger.branch;

import org.branchledger.core.branch.Branch;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;

/**
 * What a branch's details must be, in words for the secretary: one check per field, an empty string when
 * the field is fine. The window's form and the {@code branch} command both use them.
 */
public final class BranchRules {
    public static final int NAME_MAX = 100;
    public static final int HIGHER_ORG_MAX = 100;
    public static final int SECRETARY_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int NOTICE_DAYS_MIN = 1;
    public static final int NOTICE_DAYS_MAX = 60;
    /** Digits with dashes, spaces, brackets or a leading +: 0571-8888 1234, (0571)88881234, 138 0000 0000. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(（][0-9\\- ()（）]*[0-9]");

    private BranchRules() {
    }

    /** The name stripped; must be given, not too long, and not another branch's. */
    public static String nameProblem(String name, Collection<String> otherNames) {
        String n = strip(name);
        if (n.isEmpty()) {
            return Messages.get("branch.error.nameRequired");
        }
        if (n.length() > NAME_MAX) {
            return Messages.get("branch.check.tooLong", NAME_MAX);
        }
        if (otherNames.contains(n)) {
            return Messages.get("branch.error.exists", n);
        }
        return "";
    }

    public static String lengthProblem(String text, int max) {
        return strip(text).length() > max ? Messages.get("branch.check.tooLong", max) : "";
    }

    /** Empty is fine (not known yet); else digits with dashes or spaces, at least five digits. */
    public static String phoneProblem(String phone) {
        String p = strip(phone);
        if (p.isEmpty()) {
            return "";
        }
        if (p.length() > PHONE_MAX) {
            return Messages.get("branch.check.tooLong", PHONE_MAX);
        }
        if (!PHONE.matcher(p).matches() || p.chars().filter(Character::isDigit).count() < 5) {
            return Messages.get("branch.check.phone");
        }
        return "";
    }

    /** Empty is fine; else a whole day (1956-07-01, 1956年7月1日, 1956.7.1) not after {@code today}. */
    public static String foundedProblem(String text, LocalDate today) {
        if (strip(text).isEmpty()) {
            return "";
        }
        try {
            LocalDate d = founded(text);
            return d.isAfter(today) ? Messages.get("branch.check.foundedFuture") : "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The founding day typed, or null when empty. */
    public static LocalDate founded(String text) {
        if (strip(text).isEmpty()) {
            return null;
        }
        PartialDate d;
        try {
            d = DateParser.parse(text);
        } catch (DateParseException e) {
            throw new IllegalArgumentException(Messages.get("branch.check.founded", text.strip()));
        }
        if (d.monthPrecision()) {
            throw new IllegalArgumentException(Messages.get("branch.check.foundedDay"));
        }
        return d.firstDay();
    }

    /** A whole number of days, 1 to 60. */
    public static String noticeDaysProblem(String text) {
        try {
            noticeDays(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static int noticeDays(String text) {
        String t = strip(text);
        try {
            int n = Integer.parseInt(t);
            if (n >= NOTICE_DAYS_MIN && n <= NOTICE_DAYS_MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException(Messages.get("branch.check.noticeDays", NOTICE_DAYS_MIN, NOTICE_DAYS_MAX));
    }

    /** Every problem of a whole branch, joined; empty when it may be stored. */
    public static String problems(Branch b, Collection<String> otherNames, LocalDate today) {
        StringBuilder s = new StringBuilder();
        append(s, Messages.get("branch.field.name"), nameProblem(b.name(), otherNames));
        append(s, Messages.get("branch.field.higherOrg"), lengthProblem(b.higherOrg(), HIGHER_ORG_MAX));
        append(s, Messages.get("branch.field.secretary"), lengthProblem(b.secretary(), SECRETARY_MAX));
        append(s, Messages.get("branch.field.founded"), b.foundedOn() != null && b.foundedOn().isAfter(today)
                ? Messages.get("branch.check.foundedFuture") : "");
        append(s, Messages.get("branch.field.phone"), phoneProblem(b.phone()));
        append(s, Messages.get("branch.field.noticeDays"), b.noticeDays() < NOTICE_DAYS_MIN
                || b.noticeDays() > NOTICE_DAYS_MAX
                ? Messages.get("branch.check.noticeDays", NOTICE_DAYS_MIN, NOTICE_DAYS_MAX) : "");
        return s.toString();
    }

    /**
     * Whether a roster sheet's 填报单位 or title ({@code hint}) names a branch other than {@code branchName}:
     * only a hint that reads like a Party organisation counts (a title such as "2024年花名册" says nothing),
     * and 红旗村党支部 is the same branch as 红旗村党支部（示范） or "红旗村 党支部".
     */
    public static boolean namesAnotherBranch(String hint, String branchName) {
        if (hint == null || branchName == null || !ORGANISATION.matcher(hint).find()) {
            return false;
        }
        String a = core(hint);
        String b = core(branchName);
        return !a.isEmpty() && !b.isEmpty() && !a.contains(b) && !b.contains(a);
    }

    private static final Pattern ORGANISATION = Pattern.compile("支部|总支|党委|党组");

    /** 2024年红旗村党支部（示范） → 红旗村: the part that tells branches apart. */
    private static String core(String name) {
        return name.replaceAll("\\s+", "").replaceAll("[（(][^）)]*[）)]", "").replaceFirst("^\\d{4}年度?", "")
                .replaceFirst("(中共)", "").replaceFirst("(党总支|总支部?|党支部|支部委员会|支部)$", "");
    }

    /** Blank text as null, other text stripped: what is stored. */
    public static String orNull(String text) {
        String t = strip(text);
        return t.isEmpty() ? null : t;
    }

    private static void append(StringBuilder s, String field, String problem) {
        if (!problem.isEmpty()) {
            s.append(s.isEmpty() ? "" : "\n").append(field).append("：").append(problem);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
