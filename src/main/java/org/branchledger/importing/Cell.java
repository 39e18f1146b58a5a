package org.branchledger.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * A cell as the file holds it.
 *
 * <ul>
 *   <li>{@code TEXT}: {@code text} as typed, not trimmed; {@code number} is NaN.</li>
 *   <li>{@code NUMBER}: {@code number}, and {@code text} its plain rendering as Excel shows it in the
 *       General format: at most 15 significant digits, no exponent, no trailing ".0"
 *       (4.40106199605283E17 → "440106199605283000").</li>
 *   <li>{@code DATE}: a number whose cell format is a date format; {@code number} is the Excel serial
 *       in the 1900 date system (1904 workbooks are converted), {@code text} the ISO date
 *       ("2019-10-11", or "2019-10-11 08:30" when the serial has a time of day).</li>
 *   <li>{@code BLANK}: no value; {@code text} is "" and {@code number} NaN.</li>
 * </ul>
 */
public record Cell(Kind kind, String text, double number) {
    public enum Kind { BLANK, TEXT, NUMBER, DATE }

    public static final Cell BLANK = new Cell(Kind.BLANK, "", Double.NaN);

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    public Cell {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("kind and text are required");
        }
    }

    /** A text cell; an empty string is {@link #BLANK}. */
    public static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(Kind.TEXT, text, Double.NaN);
    }

    public static Cell number(double value) {
        return new Cell(Kind.NUMBER, plain(BigDecimal.valueOf(value)), value);
    }

    /** A number as the file wrote it (xlsx keeps the digits, so they need not pass through a double). */
    public static Cell number(BigDecimal value) {
        return new Cell(Kind.NUMBER, plain(value), value.doubleValue());
    }

    /** A date cell from its Excel serial (1900 date system). */
    public static Cell date(double serial) {
        return new Cell(Kind.DATE, ExcelDates.text(serial), serial);
    }

    /** BLANK, or TEXT that is only whitespace (including U+3000 and NBSP). */
    public boolean blank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && Text.isBlank(text));
    }

    /** The text without surrounding whitespace (including U+3000 and NBSP); "" for a blank cell. */
    public String stripped() {
        return Text.strip(text);
    }

    /** For a DATE cell, its date and time; for a NUMBER cell, the number read as a serial. */
    public LocalDateTime dateTime() {
        if (kind != Kind.DATE && kind != Kind.NUMBER) {
            throw new IllegalStateException("not a date: " + this);
        }
        return ExcelDates.toLocalDateTime(number);
    }

    static String plain(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_DIGITS).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
