package org.branchledger.study;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;

/**
 * What a sign-in sheet's cell says about one member at one session: √ ✓ 到 出席 → 出席; 请假 → 请假;
 * 缺 缺席 or nothing → 缺席; 补 / 补课 with the make-up date (补 3.15, 补课2026-03-15) → 补课; 送课 送课上门 →
 * 送课上门. A 补 without a date is refused, as in the long form (补课须写明补课日期).
 *
 * @param status  null when the cell cannot be read, {@code problem} then says why
 * @param makeupOn the 补课日期 of a 补课
 */
record AttendanceMark(AttendanceStatus status, LocalDate makeupOn, String problem) {
    private static final Set<String> PRESENT = Set.of("√", "✓", "✔", "☑", "v", "V", "到", "出席", "已到", "参加", "在");
    private static final Set<String> LEAVE = Set.of("请假", "假", "事假", "病假", "公假");
    private static final Set<String> ABSENT = Set.of("缺", "缺席", "未到", "×", "✗", "✘", "x", "X", "旷");
    private static final Set<String> AT_HOME = Set.of("送课", "送课上门", "送学", "送学上门");
    private static final Pattern MAKEUP = Pattern.compile("补课?[\\s:：,，(（]*(.*?)[)）]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})\\s*[日号]?");

    static AttendanceMark of(AttendanceStatus status) {
        return new AttendanceMark(status, null, null);
    }

    private static AttendanceMark problem(String why) {
        return new AttendanceMark(null, null, why);
    }

    /** Reads a cell's text; blank is 缺席. {@code sessionDate} gives the year of a 补 3.15. */
    static AttendanceMark read(String text, LocalDate sessionDate) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || ABSENT.contains(s)) {
            return of(AttendanceStatus.ABSENT);
        }
        if (PRESENT.contains(s)) {
            return of(AttendanceStatus.PRESENT);
        }
        if (LEAVE.contains(s)) {
            return of(AttendanceStatus.LEAVE);
        }
        if (AT_HOME.contains(s)) {
            return of(AttendanceStatus.AT_HOME);
        }
        Matcher m = MAKEUP.matcher(s);
        if (m.matches()) {
            String when = m.group(1).strip();
            if (when.isEmpty()) {
                return problem("补课须写明补课日期(如“补 3.15”或“补课2026-03-15”)");
            }
            LocalDate on = makeupDate(when, sessionDate);
            if (on == null) {
                return problem("看不懂补课日期“" + when + "”(可写“补 3.15”或“补课2026-03-15”)");
            }
            if (sessionDate != null && on.isBefore(sessionDate)) {
                return problem("补课日期(" + on + ")早于活动日期(" + sessionDate + ")");
            }
            return new AttendanceMark(AttendanceStatus.MADE_UP, on, null);
        }
        return problem("不认识“" + s + "”，应填 √(出席)、请假、缺、补 3.15(补课及日期) 或 送课");
    }

    /** A full date, or month and day in the session's year (a December session made up in the new year: the next). */
    private static LocalDate makeupDate(String when, LocalDate sessionDate) {
        try {
            PartialDate d = DateParser.parse(when);
            return d.monthPrecision() ? null : d.firstDay();
        } catch (DateParseException | IllegalArgumentException e) {
            // not a full date: try month and day
        }
        Matcher md = MONTH_DAY.matcher(when);
        if (!md.matches() || sessionDate == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(sessionDate.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            return d.isBefore(sessionDate) && sessionDate.getMonthValue() - d.getMonthValue() >= 6 ? d.plusYears(1) : d;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
