package org.branchledger.ledger;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Worksheet names Excel accepts: at most 31 characters, none of []:*?/\, unique regardless of case. */
final class SheetNames {
    static final int MAX = 31;
    private final Set<String> taken = new HashSet<>();

    /** A legal name close to {@code wanted}, different from every name handed out before. */
    String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    static String clean(String wanted) {
        StringBuilder sb = new StringBuilder();
        String s = wanted == null ? "" : wanted.strip();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if ("[]:*?/\\".indexOf(cp) >= 0 || Character.isISOControl(cp)) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String name = cut(sb.toString(), MAX);
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        // "History" is reserved by Excel for change tracking.
        return name.isEmpty() ? "Sheet" : name.equalsIgnoreCase("History") ? "History_" : name;
    }

    /** At most {@code max} UTF-16 units without splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
