package org.branchledger.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the header row among the first rows of a sheet. Title rows, "填报单位:…" lines and merged cells
 * above the header name no column, so the row that names the most columns (at least two) wins.
 */
public final class HeaderDetector {
    /** How many non-blank rows from the top a header may sit in. */
    public static final int LEADING_ROWS = 30;
    private static final String OPEN = "(（[【";
    private static final String CLOSE = ")）]】";
    /** A form's item number in front of a label: "1.姓名", "12、联系电话". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,2}[.、．](?=\\D)");

    private HeaderDetector() {
    }

    /** Picks the header among the leading rows (the caller passes up to the first 30 non-blank rows). */
    public static Optional<HeaderMatch> detect(List<SheetRow> leadingRows, List<ColumnSpec> specs) {
        HeaderMatch best = null;
        for (SheetRow row : leadingRows) {
            HeaderMatch m = match(row, specs);
            if (m.columns().size() >= 2 && (best == null || m.columns().size() > best.columns().size())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Reads the first {@value #LEADING_ROWS} non-blank rows of a sheet and detects its header. */
    public static Optional<HeaderMatch> detect(TableSheet sheet, List<ColumnSpec> specs) throws ImportFileException {
        List<SheetRow> leading = new ArrayList<>();
        try (CloseableIterator<SheetRow> rows = sheet.rows()) {
            while (rows.hasNext() && leading.size() < LEADING_ROWS) {
                SheetRow row = rows.next();
                if (!row.blank()) {
                    leading.add(row);
                }
            }
        } catch (ImportFileError e) {
            throw e.exception();
        }
        return detect(leading, specs);
    }

    static HeaderMatch match(SheetRow row, List<ColumnSpec> specs) {
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        List<Integer> unmapped = new ArrayList<>();
        for (int col = 0; col < row.cells().size(); col++) {
            Cell cell = row.cell(col);
            texts.add(cell.blank() ? "" : cell.text());
            if (cell.blank()) {
                continue;
            }
            ColumnSpec spec = firstFree(specs, found, cell.text());
            if (spec == null) {
                unmapped.add(col);
            } else {
                found.computeIfAbsent(spec.field(), k -> new ArrayList<>()).add(col);
            }
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, List<Integer>> alternates = new LinkedHashMap<>();
        found.forEach((field, cols) -> {
            int primary = cols.get(0);
            for (int c : cols) {
                if (normalise(texts.get(c)).equals(normalise(field))) {
                    primary = c; // the national wording wins over a synonym further left
                    break;
                }
            }
            columns.put(field, primary);
            List<Integer> others = new ArrayList<>(cols);
            others.remove(Integer.valueOf(primary));
            if (!others.isEmpty()) {
                alternates.put(field, others);
            }
        });
        List<String> missing = new ArrayList<>();
        for (ColumnSpec s : specs) {
            if (s.required() && !columns.containsKey(s.field())) {
                missing.add(s.field());
            }
        }
        return new HeaderMatch(row.number(), columns, texts, unmapped, missing, alternates);
    }

    /**
     * The first column spec the text names that has no column yet; else the first it names at all (a
     * second column for the same field, compared with the first), or null.
     */
    private static ColumnSpec firstFree(List<ColumnSpec> specs, Map<String, List<Integer>> taken, String text) {
        ColumnSpec any = null;
        for (ColumnSpec s : specs) {
            if (s.matches(text)) {
                if (!taken.containsKey(s.field())) {
                    return s;
                }
                any = any == null ? s : any;
            }
        }
        return any;
    }

    /**
     * A header as messages name it: line breaks and spaces inside removed, hints in brackets at the end
     * and trailing colons removed ("出生\n年月(2019/10/24)" → "出生年月"), otherwise as typed.
     */
    public static String display(String headerText) {
        if (headerText == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(headerText.length());
        for (int i = 0; i < headerText.length(); i++) {
            char c = headerText.charAt(i);
            if (!Text.isBlankChar(c)) {
                out.append(c);
            }
        }
        String s = stripColon(out.toString());
        for (int cut = trailingNote(s); cut > 0; cut = trailingNote(s)) {
            s = stripColon(s.substring(0, cut));
        }
        return s.isEmpty() ? out.toString() : s;
    }

    /**
     * A header text reduced to what names the column: full-width letters, digits and punctuation made
     * half-width; whitespace (also U+3000, NBSP, line breaks), {@code * ＊ ※}, a leading item number ("1.") and
     * trailing colons removed; trailing notes in
     * parentheses or brackets removed ("入党日期(YYYY-MM-DD)" → "入党日期"); Latin letters lower-cased.
     */
    static String normalise(String headerText) {
        if (headerText == null) {
            return "";
        }
        String half = Text.halfWidth(headerText);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (!Text.isBlankChar(c) && c != '*' && c != '※') {
                out.append(c);
            }
        }
        String s = LEADING_NUMBER.matcher(stripColon(out.toString())).replaceFirst("");
        for (int cut = trailingNote(s); cut > 0; cut = trailingNote(s)) {
            s = stripColon(s.substring(0, cut));
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripColon(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '：')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Where a trailing "(…)" note starts, or -1 (also when the note is the whole text). */
    private static int trailingNote(String s) {
        if (s.isEmpty() || CLOSE.indexOf(s.charAt(s.length() - 1)) < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (CLOSE.indexOf(c) >= 0) {
                depth++;
            } else if (OPEN.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
