package org.branchledger.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks text into lines no wider than a width. Chinese has no spaces, so a line may break after any Han
 * character; a run of Latin letters or digits (a phone number, "2026-03-15") breaks at spaces and only
 * character by character when it is longer than a whole line. Closing punctuation never starts a line and
 * opening brackets never end one (避头尾), as in a carefully typeset form. Dates, counts with their labels and
 * names in a list stay whole on one line when they fit (see {@link #keptTogether}).
 */
final class TextWrapper {
    /** Width of a piece of text in points. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉〗…‥”’,.;:!?)]}％%";
    private static final String NO_LINE_END = "（《「『【〔〈〖“‘([{";

    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    private static final Pattern KEEP_TOGETHER = Pattern.compile(
            "(?:\\d{2,4}年)?\\d{1,2}月\\d{1,2}日|\\d{4}年(?:\\d{1,2}月|度)?"
            + "|\\p{IsHan}{1,4} " + NUMBER + "(?: \\p{IsHan}{1,2}(?!\\p{IsHan})|[%％])?"
            + "|" + NUMBER + " \\p{IsHan}{1,2}(?!\\p{IsHan})"
            + "|(?<=^|[、，；：,;\\s(（])\\p{IsHan}{2,4}[(（]\\d{1,2}月\\d{1,2}日[)）](?=$|[、，；,;\\s])"
            + "|(?<=^|[、，；：,;\\s(（])\\p{IsHan}{2,4}(?=$|[、，；：,;\\s)）(（])");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(NUMBER + "(?: \\p{IsHan}{1,2}|[%％])$");

    private final float maxWidth;
    private final Measure measure;
    private final List<String> lines = new ArrayList<>();
    private final List<String> line = new ArrayList<>();
    /** The units of the line flushed last, kept to pull one down onto a lone last character. */
    private final List<String> previous = new ArrayList<>();
    private float lineWidth;

    private TextWrapper(float maxWidth, Measure measure) {
        this.maxWidth = maxWidth;
        this.measure = measure;
    }

    /** The lines of text; an explicit '\n' always breaks, and empty text gives no lines. */
    static List<String> wrap(String text, float maxWidth, Measure measure) {
        TextWrapper wrapper = new TextWrapper(maxWidth, measure);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        for (String paragraph : text.split("\n", -1)) {
            wrapper.paragraph(paragraph);
        }
        return List.copyOf(wrapper.lines);
    }

    private void paragraph(String paragraph) {
        if (fitsWhole(paragraph)) {
            // Most table cells: one line as it is, which placing it unit by unit would give too (issue 18: the
            // units' pattern was a tenth of printing the pack).
            lines.add(paragraph);
            previous.clear();
            return;
        }
        int first = lines.size();
        previous.clear();
        for (String unit : keptTogether(paragraph)) {
            if (unit.codePointCount(0, unit.length()) > 1 && measure.width(unit) > maxWidth
                    && !units(unit).equals(List.of(unit))) {
                // A run kept together that is wider than a whole line breaks where it could have before, but
                // keeps a number with its unit (还差 / 26.7 学时).
                Matcher m = NUMBER_WITH_UNIT.matcher(unit);
                if (m.find() && m.start() > 0 && measure.width(m.group()) <= maxWidth) {
                    units(unit.substring(0, m.start())).forEach(this::place);
                    place(m.group());
                    units(unit.substring(m.end())).forEach(this::place);
                } else {
                    units(unit).forEach(this::place);
                }
            } else {
                place(unit);
            }
        }
        avoidWidow(first);
        flush();
    }

    /**
     * Whether the paragraph is one line as it stands: no space to drop at either end, and narrower than the line
     * with room to spare for the rounding of adding up its units' widths one by one.
     */
    private boolean fitsWhole(String paragraph) {
        if (paragraph.isEmpty()) {
            return true;
        }
        return paragraph.charAt(0) != ' ' && paragraph.charAt(paragraph.length() - 1) != ' '
                && measure.width(paragraph) <= maxWidth - 0.01f;
    }

    /** A paragraph should not end on a line holding a single character (转入本支/部): take one more down. */
    private void avoidWidow(int firstLine) {
        if (lines.size() <= firstLine || line.size() != 1 || previous.size() < 4 || !single(line.get(0))) {
            return;
        }
        String moved = previous.get(previous.size() - 1);
        String newEnd = previous.get(previous.size() - 2);
        if (!single(moved) || NO_LINE_END.indexOf(newEnd.codePointBefore(newEnd.length())) >= 0
                || NO_LINE_START.indexOf(moved.codePointAt(0)) >= 0) {
            return;
        }
        float w = measure.width(moved);
        if (lineWidth + w > maxWidth) {
            return;
        }
        previous.remove(previous.size() - 1);
        lines.set(lines.size() - 1, String.join("", previous));
        line.add(0, moved);
        lineWidth += w;
    }

    private static boolean single(String unit) {
        return !unit.equals(" ") && unit.codePointCount(0, unit.length()) == 1;
    }

    private void place(String unit) {
        float w = measure.width(unit);
        if (unit.equals(" ")) {
            if (line.isEmpty()) {
                return;
            }
            if (lineWidth + w <= maxWidth) {
                add(unit, w);
            } else {
                flush();
            }
            return;
        }
        if (lineWidth + w <= maxWidth) {
            add(unit, w);
        } else if (w > maxWidth && unit.codePointCount(0, unit.length()) > 1) {
            unit.codePoints().forEach(cp -> placeChar(new String(Character.toChars(cp))));
        } else {
            List<String> carried = carry(unit, w);
            if (hasText()) {
                flush();
            }
            for (String c : carried) {
                add(c, measure.width(c));
            }
            add(unit, w);
        }
    }

    private void placeChar(String ch) {
        float w = measure.width(ch);
        if (lineWidth + w > maxWidth && hasText()) {
            flush();
        }
        add(ch, w);
    }

    /** Units to take from the end of this line to the next, so punctuation sits where type-setters put it. */
    private List<String> carry(String next, float nextWidth) {
        trimTrailingSpaces();
        if (line.size() < 2) {
            return List.of();
        }
        String last = line.get(line.size() - 1);
        boolean lastOpens = NO_LINE_END.indexOf(last.codePointBefore(last.length())) >= 0;
        boolean nextCloses = NO_LINE_START.indexOf(next.codePointAt(0)) >= 0;
        float lastWidth = measure.width(last);
        if ((lastOpens || nextCloses) && !last.equals(" ") && lastWidth + nextWidth <= maxWidth) {
            line.remove(line.size() - 1);
            lineWidth -= lastWidth;
            // Moving a word down before a closing mark must not leave an opening one at the end: （ goes too.
            if (line.size() >= 2) {
                String before = line.get(line.size() - 1);
                float beforeWidth = measure.width(before);
                if (NO_LINE_END.indexOf(before.codePointBefore(before.length())) >= 0
                        && beforeWidth + lastWidth + nextWidth <= maxWidth) {
                    line.remove(line.size() - 1);
                    lineWidth -= beforeWidth;
                    return List.of(before, last);
                }
            }
            return List.of(last);
        }
        return List.of();
    }

    private void add(String unit, float w) {
        line.add(unit);
        lineWidth += w;
    }

    private boolean hasText() {
        return line.stream().anyMatch(u -> !u.equals(" "));
    }

    private void trimTrailingSpaces() {
        while (!line.isEmpty() && line.get(line.size() - 1).equals(" ")) {
            lineWidth -= measure.width(line.remove(line.size() - 1));
        }
    }

    private void flush() {
        trimTrailingSpaces();
        lines.add(String.join("", line));
        previous.clear();
        previous.addAll(line);
        line.clear();
        lineWidth = 0;
    }

    /**
     * The units to place, with the runs a reader takes as one thing kept whole while they fit on a line: a date
     * written in Chinese (2026年12月7日, 8月1日), a count with its label or unit (未评 3, 已兑现 2, 26.7 学时,
     * 5 项) and a short name between list marks (…、王明斌、…). ISO dates (2026-12-07) are one unit already.
     */
    static List<String> keptTogether(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = KEEP_TOGETHER.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            out.addAll(units(paragraph.substring(at, m.start())));
            out.add(m.group());
            at = m.end();
        }
        out.addAll(units(paragraph.substring(at)));
        return out;
    }

    /** Splits a paragraph into unbreakable units: single spaces, single CJK characters, and Latin/digit runs. */
    static List<String> units(String paragraph) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
                continue;
            }
            if (!word.isEmpty()) {
                units.add(word.toString());
                word.setLength(0);
            }
            units.add(Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp)));
        }
        if (!word.isEmpty()) {
            units.add(word.toString());
        }
        return units;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isWhitespace(cp) || cp >= 0x2E80) {
            return false;
        }
        if (NO_LINE_START.indexOf(cp) >= 0 && cp > 0x7F) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
    }
}
