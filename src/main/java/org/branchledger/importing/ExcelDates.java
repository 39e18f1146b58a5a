package org.branchledger.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** Excel's date serials and number formats. */
public final class ExcelDates {
    /** Excel's built-in date and time formats, including those of the Chinese (CJK) locales. */
    private static final Set<Integer> BUILTIN_DATE_IDS = Set.of(
            14, 15, 16, 17, 18, 19, 20, 21, 22,
            27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
            45, 46, 47,
            50, 51, 52, 53, 54, 55, 56, 57, 58);
    /** 1904-system serial + 1462 = 1900-system serial. */
    static final int DAYS_1904_TO_1900 = 1462;
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The serial after Excel's last day, 9999-12-31 (Excel shows ##### for a date cell beyond it). */
    static final double END_SERIAL = 2_958_466;

    private ExcelDates() {
    }

    /**
     * Whether a number in a date-formatted cell can be a date: 0 (a time of day alone) up to 9999-12-31.
     * Beyond, it stays a number, so the date column rejects the row rather than the file failing.
     */
    static boolean isDateSerial(double serial) {
        return serial >= 0 && serial < END_SERIAL;
    }

    /**
     * Whether a number format shows a date or time. The format string, when the file has one, decides:
     * it is a date when, outside quoted text, escapes and [brackets], it uses y, m, d, h, s or 年月日时分秒.
     * Without one, the built-in format id decides.
     */
    public static boolean isDateFormat(Integer formatId, String formatString) {
        if (formatString != null && !formatString.isBlank() && !formatString.startsWith("reserved-")) {
            return isDatePattern(formatString);
        }
        return formatId != null && BUILTIN_DATE_IDS.contains(formatId);
    }

    static boolean isDatePattern(String format) {
        if (format.equalsIgnoreCase("General") || format.equals("@")) {
            return false;
        }
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            switch (c) {
                case ';':
                    return false; // only the first (positive number) section matters
                case '"':
                    int close = format.indexOf('"', i + 1);
                    i = close < 0 ? format.length() : close;
                    break;
                case '\\', '_', '*':
                    i++; // the next character is a literal or padding
                    break;
                case '[':
                    int end = format.indexOf(']', i + 1);
                    String inside = end < 0 ? "" : format.substring(i + 1, end);
                    if (inside.matches("(?i)h+|m+|s+")) {
                        return true; // elapsed time: [h]:mm
                    }
                    i = end < 0 ? format.length() : end;
                    break;
                default:
                    if ("yYmMdDhHsS年月日时分秒".indexOf(c) >= 0) {
                        return true;
                    }
            }
        }
        return false;
    }

    /** The date and time of an Excel serial (1900 date system), to the nearest second. */
    public static LocalDateTime toLocalDateTime(double serial) {
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        // Excel counts the 29th of February 1900, which never was: serials before it are one day off.
        LocalDate date = days < 61 && days > 0 ? EPOCH.plusDays(days + 1) : EPOCH.plusDays(days);
        return date.atStartOfDay().plusSeconds(seconds);
    }

    static String text(double serial) {
        LocalDateTime t = toLocalDateTime(serial);
        boolean hasTime = t.toLocalTime().toSecondOfDay() != 0;
        if (!hasTime) {
            return t.toLocalDate().toString();
        }
        String time = t.getSecond() == 0 ? HM.format(t) : HMS.format(t);
        return serial < 1 ? time : t.toLocalDate() + " " + time;
    }
}
