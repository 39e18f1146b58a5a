package org.branchledger.core.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates secretaries type into rosters and Excel sheets.
 *
 * <p>Accepted forms (full-width digits and separators, and surrounding spaces, are fine):
 * {@code 1985-03-12}, {@code 1985/3/12}, {@code 1985.3.12}, {@code 19850312}, {@code 1985年3月12日}
 * (day precision) and {@code 1985-03}, {@code 1985/3}, {@code 1985.03}, {@code 198503},
 * {@code 1985年3月} (month precision). Years must lie in 1900-2099.
 *
 * <p>Beware: Excel turns a cell typed as {@code 1985.10} into the number 1985.1, which reads
 * as January; such columns should be formatted as text.
 */
public final class DateParser {

    /** yyyy-M-d with one separator used throughout. */
    private static final Pattern SEPARATED_DAY = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern SEPARATED_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?");

    /** Excel's serial for 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug). */
    private static final int EXCEL_FAKE_LEAP_DAY = 60;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 31); // serial 0
    private static final int EXCEL_MAX_SERIAL = 2_958_465;                  // 9999-12-31

    private DateParser() {
    }

    /**
     * Parses a day- or month-precision date.
     *
     * @throws DateParseException with a Chinese message naming the text, e.g.
     *         {@code 无法识别的日期: 2019年13月(月份无效)} or {@code 无法识别的日期: 1985.2.30(1985年2月只有28天)}
     */
    public static PartialDate parse(String text) throws DateParseException {
        if (text == null || text.isBlank()) {
            throw new DateParseException("日期为空");
        }
        String s = normalise(text);
        Matcher m;
        if ((m = SEPARATED_DAY.matcher(s)).matches()) {
            return build(text, m.group(1), m.group(3), m.group(4));
        }
        if ((m = SEPARATED_MONTH.matcher(s)).matches()) {
            return build(text, m.group(1), m.group(2), null);
        }
        if ((m = COMPACT_DAY.matcher(s)).matches()) {
            return build(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = COMPACT_MONTH.matcher(s)).matches()) {
            return build(text, m.group(1), m.group(2), null);
        }
        if ((m = CHINESE.matcher(s)).matches()) {
            return build(text, m.group(1), m.group(2), m.group(3));
        }
        throw new DateParseException("无法识别的日期: " + text.strip());
    }

    /**
     * Converts an Excel date cell's serial number (1900 date system) to a day-precision date.
     * Serial 1 is 1900-01-01; Excel counts a non-existent 1900-02-29 as serial 60, so serials from
     * 61 on are one day ahead of a plain count. A fractional part (time of day) is ignored.
     *
     * @throws IllegalArgumentException with a Chinese message if the serial is below 1, is 60, or
     *         is beyond 9999-12-31
     */
    public static PartialDate fromExcelSerial(double serial) {
        if (!(serial >= 1 && serial < EXCEL_MAX_SERIAL + 1)) {
            throw new IllegalArgumentException("无效的Excel日期序号: " + serial);
        }
        long days = (long) Math.floor(serial);
        if (days == EXCEL_FAKE_LEAP_DAY) {
            throw new IllegalArgumentException("无效的Excel日期序号: 60(1900年2月29日并不存在)");
        }
        if (days > EXCEL_FAKE_LEAP_DAY) {
            days--;
        }
        return PartialDate.of(EXCEL_EPOCH.plusDays(days));
    }

    private static PartialDate build(String text, String y, String m, String d) throws DateParseException {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        if (year < 1900 || year > 2099) {
            throw new DateParseException(unrecognised(text, "年份无效"));
        }
        if (month < 1 || month > 12) {
            throw new DateParseException(unrecognised(text, "月份无效"));
        }
        if (d == null) {
            return new PartialDate(year, month, null);
        }
        int day = Integer.parseInt(d);
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new DateParseException(unrecognised(text,
                    day < 1 ? "日期无效" : year + "年" + month + "月只有" + length + "天"));
        }
        return new PartialDate(year, month, day);
    }

    private static String unrecognised(String text, String why) {
        return "无法识别的日期: " + text.strip() + "(" + why + ")";
    }

    /** Full-width digits, separators and spaces to ASCII; surrounding spaces removed. */
    private static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．' || c == '。') {
                c = '.';
            } else if (c == '／') {
                c = '/';
            } else if (c == '－' || c == '—' || c == '–') {
                c = '-';
            } else if (c == '\u3000' || c == '\u00a0') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }
}
