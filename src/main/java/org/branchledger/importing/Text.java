package org.branchledger.importing;

/** Blank characters as spreadsheets hold them: ASCII and full-width spaces, NBSP, zero-width marks. */
final class Text {
    private Text() {
    }

    static boolean isBlankChar(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) // U+3000, NBSP, U+2007, U+202F
                || c == '\u200B' || c == '\uFEFF';                     // zero-width space, stray BOM
    }

    static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text without blank characters at either end (unlike {@link String#strip()}, also NBSP). */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Full-width ASCII (U+FF01..U+FF5E: letters, digits, punctuation) to half-width. */
    static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }
}
