package org.branchledger.core.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date known to the day, or only to the month: rosters often give 入党日期 or 转正日期 as
 * {@code 1985.03}.
 *
 * <p>Ordering ({@link #compareTo}) is total: by year, month, then day, a month-precision date
 * sorting before every day of its month. {@link #isBefore} instead compares at the coarser
 * precision of the two dates.
 *
 * @param year  the year
 * @param month the month, 1-12
 * @param day   the day of month, or {@code null} when only the month is known
 */
public record PartialDate(int year, int month, Integer day) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month)
            .thenComparing(PartialDate::day, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** @throws IllegalArgumentException if the month or day does not exist */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("年份无效: " + year);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("月份无效: " + month);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException(year + "年" + month + "月没有" + day + "日");
        }
    }

    /** A date known to the day. */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A date known only to the month. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /**
     * The inverse of {@link #iso()}: {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException if {@code iso} is neither form or names no real date
     */
    private static final java.util.regex.Pattern ISO_MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static PartialDate ofIso(String iso) {
        Objects.requireNonNull(iso, "iso");
        if (iso.length() == 7 && ISO_MONTH.matcher(iso).matches()) {
            return new PartialDate(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)), null);
        }
        if (iso.length() == 10 && ISO_DAY.matcher(iso).matches()) {
            return new PartialDate(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)),
                    Integer.parseInt(iso.substring(8, 10)));
        }
        throw new IllegalArgumentException("不是 yyyy-MM 或 yyyy-MM-dd 格式: " + iso);
    }

    /** True when only the year and month are known. */
    public boolean monthPrecision() {
        return day == null;
    }

    /** The stored form: {@code 1985-03} or {@code 1985-03-12}. */
    public String iso() {
        StringBuilder out = new StringBuilder(10).append(year).append('-');
        if (month < 10) {
            out.append('0');
        }
        out.append(month);
        if (day != null) {
            out.append(day < 10 ? "-0" : "-").append(day);
        }
        return out.toString();
    }

    /** The first day this date can mean: the date itself, or the 1st of its month. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month, day == null ? 1 : day);
    }

    /** For print: {@code 1985年3月} or {@code 1985年3月12日}. */
    public String chinese() {
        return year + "年" + month + "月" + (day == null ? "" : day + "日");
    }

    /**
     * Whether this date is certainly before {@code other}, compared at the coarser precision of the
     * two: if either knows only the month, only year and month are compared, so 1985-03 is not
     * before 1985-03-12 nor the reverse.
     */
    public boolean isBefore(PartialDate other) {
        if (monthPrecision() || other.monthPrecision()) {
            return year * 12 + month < other.year * 12 + other.month;
        }
        return firstDay().isBefore(other.firstDay());
    }

    /** Whether {@code date} falls on this date, at this date's precision (same month suffices for a month date). */
    public boolean sameAs(LocalDate date) {
        return date.getYear() == year && date.getMonthValue() == month
                && (day == null || date.getDayOfMonth() == day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
