package org.branchledger.core.dates;

/**
 * A text that is not a date {@link DateParser} understands. The message is in Chinese and names the
 * text, e.g. {@code 无法识别的日期: 2019年13月(月份无效)}.
 */
public class DateParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public DateParseException(String message) {
        super(message);
    }
}
