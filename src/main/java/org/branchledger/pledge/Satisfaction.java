package org.branchledger.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 满意度: a percentage kept in tenths (955 = 95.5%), printed with one decimal place. */
public final class Satisfaction {
    private Satisfaction() {
    }

    /** {@code 95.5%}; empty when not collected. */
    public static String format(Integer tenths) {
        if (tenths == null) {
            return "";
        }
        return tenths / 10 + "." + tenths % 10 + "%";
    }

    /**
     * Reads {@code 95%}, {@code 95.5}, {@code 0.955} (a fraction, as a percent-formatted Excel cell holds it),
     * {@code 95.5％}. A number up to 1 with a decimal point, or any number in a number cell up to 1, is a fraction.
     *
     * @throws IllegalArgumentException with a Chinese reason
     */
    public static int parse(String text, boolean numberCell) {
        String t = text.strip().replace("％", "%").replace(" ", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("应为百分数，如 95% 或 95.5: " + text.strip());
        }
        // an exponent can make the number absurdly large or small ("1e-999999999"): decide before computing
        if (v.precision() - v.scale() > 10) {
            throw new IllegalArgumentException("应在 0% 到 100% 之间: " + text.strip());
        }
        if (v.scale() - v.precision() > 10) {
            v = BigDecimal.ZERO; // below 1e-10: nothing that shows as a percentage
        }
        if (!percent && v.compareTo(BigDecimal.ONE) <= 0 && (numberCell || t.contains("."))) {
            v = v.multiply(BigDecimal.valueOf(100));
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("应在 0% 到 100% 之间: " + text.strip());
        }
        return v.multiply(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
