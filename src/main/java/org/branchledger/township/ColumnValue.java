package org.branchledger.township;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How a package writes a column's value as text, and reads it back: numbers in decimals, dates and times in
 * ISO 8601 ({@code 2026-03-15}, {@code 2026-03-15T09:30:00}), yes/no as {@code true} / {@code false}. The same
 * text any other program can read, whatever database it keeps the rows in.
 */
final class ColumnValue {
    private ColumnValue() {
    }

    /** The value as a package holds it (null stays null); the types the schema uses, nothing else. */
    static Object toPackage(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        throw new IllegalArgumentException("no package form for " + value.getClass().getName());
    }

    /**
     * Reads a value of a column of Java type {@code type}.
     *
     * @throws IllegalArgumentException when the text is not a value of that type
     */
    static Object fromPackage(Class<?> type, String text) {
        if (text == null) {
            return null;
        }
        if (type == String.class) {
            return text;
        }
        try {
            if (type == Long.class) {
                return Long.valueOf(text.strip());
            }
            if (type == Integer.class) {
                return Integer.valueOf(text.strip());
            }
            if (type == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException(text);
                }
                return Boolean.valueOf(text);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text.strip());
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text.strip());
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text.strip());
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(text, e);
        }
        throw new IllegalArgumentException("no package form for " + type.getName());
    }
}
