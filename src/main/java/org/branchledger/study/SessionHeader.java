package org.branchledger.study;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchledger.importing.Cell;

/**
 * A sign-in matrix's session column read from its header: the date, the 形式, the 学时 and what is left
 * as the 主题, from one cell ({@code 2026.3.8 党课 2学时}) or from stacked header rows (date / 形式 /
 * 学时). Anything missing is null; the caller fills it from --kind / --hours or refuses the file.
 *
 * @param hoursText the 学时 as written ("2", "1.5"), checked by the caller
 * @param topic     the words that are none of the others, or null
 * @param badDate   a date written that is no day (2026.2.30), or null
 */
record SessionHeader(LocalDate date, SessionKind kind, String hoursText, String topic, String badDate) {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern HOURS = Pattern.compile(
            "[(（]?\\s*(?:学时|课时)?\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:个)?(?:学时|小时|课时)\\s*[)）]?"
            + "|[(（]?\\s*(?:学时|课时)\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*[)）]?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；/|]+");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(（\\[【]\\s*[)）\\]】]");
    private static final Map<String, SessionKind> KIND_WORDS = kindWords();

    private static Map<String, SessionKind> kindWords() {
        Map<String, SessionKind> words = new LinkedHashMap<>();
        for (SessionKind k : SessionKind.values()) {
            words.put(k.label(), k);
        }
        words.put("党员大会", SessionKind.GENERAL_MEETING);
        words.put("支部大会", SessionKind.GENERAL_MEETING);
        words.put("小组会", SessionKind.GROUP_MEETING);
        words.put("支委会议", SessionKind.COMMITTEE_MEETING);
        words.put("组织生活", SessionKind.LIFE_MEETING);
        List<Map.Entry<String, SessionKind>> longestFirst = new ArrayList<>(words.entrySet());
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, SessionKind> e) -> e.getKey().length()).reversed());
        Map<String, SessionKind> out = new LinkedHashMap<>();
        longestFirst.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Reads a column's header parts, top to bottom. */
    static SessionHeader parse(List<Cell> parts) {
        LocalDate date = null;
        SessionKind kind = null;
        String hours = null;
        String badDate = null;
        List<String> words = new ArrayList<>();
        for (Cell part : parts) {
            if (part.blank()) {
                continue;
            }
            if (part.kind() == Cell.Kind.DATE || part.kind() == Cell.Kind.NUMBER && part.number() > 10_000) {
                if (date == null) {
                    date = serialDate(part);
                }
                continue;
            }
            if (part.kind() == Cell.Kind.NUMBER) {
                if (hours == null) {
                    hours = part.text();
                }
                continue;
            }
            String text = part.text().strip();
            if (NUMBER.matcher(text).matches()) { // a 学时 row typed as text
                if (hours == null) {
                    hours = text;
                }
                continue;
            }
            Matcher d = DATE.matcher(text);
            if (d.find()) {
                if (date == null) {
                    date = day(d);
                    badDate = date == null ? d.group() : null;
                }
                text = text.substring(0, d.start()) + " " + text.substring(d.end());
            }
            Matcher h = HOURS.matcher(text);
            if (h.find()) {
                if (hours == null) {
                    hours = h.group(1) != null ? h.group(1) : h.group(2);
                }
                text = text.substring(0, h.start()) + " " + text.substring(h.end());
            }
            text = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
            for (String word : SEPARATORS.split(text.strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                SessionKind exact = KIND_WORDS.get(word);
                if (exact != null) {
                    kind = kind == null ? exact : kind;
                    continue;
                }
                if (kind == null) {
                    kind = containedKind(word);
                }
                words.add(word);
            }
        }
        String topic = words.isEmpty() ? null : String.join(" ", words);
        return new SessionHeader(date, kind, hours, topic, date == null ? badDate : null);
    }

    /** The kind a longer word names, e.g. 专题党课 → 党课. */
    private static SessionKind containedKind(String word) {
        for (Map.Entry<String, SessionKind> e : KIND_WORDS.entrySet()) {
            if (word.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static LocalDate serialDate(Cell cell) {
        try {
            return cell.dateTime().toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate day(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
