package org.branchledger.study;

import java.math.BigDecimal;

/** 学时 as integer tenths: one decimal place, added and compared exactly, never as floating point. */
public final class Hours {
    private Hours() {
    }

    /**
     * "1.5" → 15. At most one decimal place, more than 0 and at most 24 a day.
     *
     * @throws IllegalArgumentException with a Chinese message
     */
    public static int parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
            if (Math.abs(value.scale()) > 100) { // "1e999999999": no arithmetic on such a number
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("不是数字: " + text.strip());
        }
        BigDecimal tenths = value.movePointRight(1);
        if (tenths.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("学时最多一位小数: " + text.strip());
        }
        if (tenths.signum() <= 0 || tenths.compareTo(BigDecimal.valueOf(240)) > 0) {
            throw new IllegalArgumentException("学时应大于0且不超过24: " + text.strip());
        }
        int t = tenths.intValueExact();
        if (t <= 0 || t > 240) {
            throw new IllegalArgumentException("学时应大于0且不超过24: " + text.strip());
        }
        return t;
    }

    /** 15 → "1.5", 400 → "40.0". */
    public static String format(int tenths) {
        int abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }
}
