package org.branchledger.core.ids;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 公民身份号码: the 18-character citizen identity number of GB 11643-1999, the natural key of a member.
 *
 * <p>Layout: 6 digits 地址码 (county-level area code), 8 digits 出生日期码 (yyyyMMdd), 3 digits
 * 顺序码 (sequence; the last of them odd for men, even for women) and 1 校验码 (check digit, 0-9 or X).
 *
 * <p>An instance always holds a normalised, valid number; build one from user input with
 * {@link #parse(String)}.
 *
 * @param value the normalised 18-character number, last character a digit or upper-case {@code X}
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /**
     * @throws IllegalArgumentException if {@code value} is not an already normalised valid number;
     *         use {@link #parse(String)} for user input
     */
    public IdNumber {
        Objects.requireNonNull(value, "value");
        String reason = invalidReason(value);
        if (reason != null) {
            throw new IllegalArgumentException("公民身份号码无效(" + reason + "): " + value);
        }
    }

    /**
     * Parses a 公民身份号码 as typed or pasted by a user.
     *
     * <p>Trims; turns full-width digits and Ｘ/ｘ into ASCII; removes inner spaces; upper-cases x;
     * converts an old 15-digit number to 18 digits (inserts "19" before the 2-digit year and appends
     * the check digit); then validates length, characters, birth date and check digit.
     *
     * @throws InvalidIdNumberException with the Chinese reason: {@code 应为18位,实为N位},
     *         {@code 含有非法字符}, {@code 出生日期无效} or {@code 校验位错误}
     */
    public static IdNumber parse(String raw) throws InvalidIdNumberException {
        if (raw == null) {
            throw new InvalidIdNumberException("应为18位,实为0位");
        }
        String s = normalise(raw);
        if (s.length() == 15) {
            if (!allDigits(s, 0, 15)) {
                throw new InvalidIdNumberException("含有非法字符");
            }
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            s = first17 + checkDigit(first17);
        }
        String reason = invalidReason(s);
        if (reason != null) {
            throw new InvalidIdNumberException(reason);
        }
        return new IdNumber(s);
    }

    /**
     * The GB 11643-1999 check digit (校验码) of the first 17 digits: the weighted sum with weights
     * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11, mapped to 1 0 X 9 8 7 6 5 4 3 2.
     *
     * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17, 0, 17)) {
            throw new IllegalArgumentException("需要17位数字: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** 出生日期: digits 7-14. */
    public LocalDate birthDate() {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** 性别: "男" if digit 17 is odd, else "女". */
    public String gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }

    /** The number for public display (公示) or export: first 6, eight {@code *}, last 4, e.g. {@code 110105********002X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == 'Ｘ' || c == 'ｘ' || c == 'x') {
                c = 'X';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue; // surrounding and inner spaces, including the full-width space U+3000
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The Chinese reason {@code s} is not a valid normalised number, or null if it is valid. */
    private static String invalidReason(String s) {
        if (s.length() != 18) {
            return "应为18位,实为" + s.length() + "位";
        }
        char last = s.charAt(17);
        if (!allDigits(s, 0, 17) || !(isAsciiDigit(last) || last == 'X')) {
            return "含有非法字符";
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return "出生日期无效";
        }
        if (!possibleBirth(birth)) {
            return "出生日期无效";
        }
        if (checkDigit(s.substring(0, 17)) != last) {
            return "校验位错误";
        }
        return null;
    }

    /**
     * Whether a number can carry this 出生日期码: from 1900 to the computer's calendar day. The one place that
     * reads the system's clock rather than the app's: a number is valid or not whatever day the app takes as
     * today (an instance holds a valid number, and a record's constructor can be handed no clock).
     */
    public static boolean possibleBirth(LocalDate birth) {
        return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now(Clock.systemDefaultZone()));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
