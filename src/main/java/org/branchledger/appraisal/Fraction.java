package org.branchledger.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A threshold kept exactly as a fraction (½, 60 % = 3/5, ⅓), so "more than half" and "below 60 %" are
 * compared in whole numbers: {@code count × den} against {@code num × total}.
 */
public record Fraction(int num, int den) {
    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction SIXTY_PERCENT = new Fraction(3, 5);
    public static final Fraction THIRD = new Fraction(1, 3);

    public Fraction {
        if (den <= 0 || num < 0 || num > den) {
            throw new IllegalArgumentException("应为 0 到 1 之间的比例: " + num + "/" + den);
        }
    }

    /** {@code part / whole > this}. */
    public boolean exceededBy(int part, int whole) {
        return (long) part * den > (long) num * whole;
    }

    /** {@code part / whole < this}. */
    public boolean notReachedBy(int part, int whole) {
        return (long) part * den < (long) num * whole;
    }

    /**
     * Reads {@code 1/2}, {@code 60%}, {@code 60％}, {@code 0.6} or {@code 2/3}; reduced.
     *
     * @throws IllegalArgumentException with a Chinese message when it is not a proportion from 0 to 1
     */
    public static Fraction parse(String text) {
        String t = text == null ? "" : text.strip().replace("％", "%").replace("／", "/");
        try {
            if (t.contains("/")) {
                String[] p = t.split("/");
                if (p.length == 2) {
                    return reduced(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
                }
            } else if (t.endsWith("%")) {
                BigDecimal pct = new BigDecimal(t.substring(0, t.length() - 1).strip());
                return ofDecimal(pct.movePointLeft(2));
            } else if (!t.isEmpty()) {
                return ofDecimal(new BigDecimal(t));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("应写成 1/2、60% 或 0.6 这样 0 到 1 之间的比例: " + t);
    }

    private static Fraction ofDecimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        int scale = Math.max(0, s.scale());
        if (scale > 6) {
            throw new ArithmeticException("too fine");
        }
        int den = BigDecimal.TEN.pow(scale).intValueExact();
        return reduced(s.movePointRight(scale).intValueExact(), den);
    }

    private static Fraction reduced(int num, int den) {
        if (den <= 0 || num < 0 || num > den) {
            throw new ArithmeticException("out of range");
        }
        int g = gcd(num, den);
        return new Fraction(num / g, den / g);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }

    /** {@code 60%} where the fraction is a whole percentage, else {@code 1/3}. */
    public String text() {
        if (100 % den == 0) {
            return num * (100 / den) + "%";
        }
        return num + "/" + den;
    }

    /** The percentage with one decimal, e.g. 33.3. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(num * 100L).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return text();
    }
}
