package org.branchledger.importing;

/**
 * Blank characters as spreadsheets hold them: ASCII and full-width spaces, NBSP, zero-width marks; and
 * the invisible characters a name must not hold.
 */
public final class Text {
    /** Why a cell holding a formula instead of a value is rejected. */
    public static final String FORMULA_REASON = "是公式(以“=”开头)而不是数值: 请在 Excel 中复制后“选择性粘贴 → 数值”再导入";

    /** Why a name holding an invisible character is rejected (followed by the character's code). */
    public static final String INVISIBLE_REASON = "含不可见字符";

    /**
     * A code from a drop-down or a national code list in front of the text: "95_男", "223_正式党员",
     * "01 汉族", "1A 中央党校研究生", "011 公务员". The code holds a digit; the text after it does not start
     * with one.
     */
    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("^(?=[0-9A-Za-z]*[0-9])[0-9A-Za-z]{1,8}[\\s\u3000]*[_\\s\u3000.、．:：-][\\s\u3000]*(?=[^\\d\\s])");

    private Text() {
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The text part of a coded value ("95_男" → "男", "01 汉族" → "汉族"); other text as it is. */
    public static String withoutCode(String s) {
        if (s == null) {
            return null;
        }
        String t = strip(s);
        if (t.isEmpty() || !isAsciiLetterOrDigit(t.charAt(0))) {
            return t; // the common case, 男 or 汉族, without a pattern
        }
        String plain = CODE.matcher(t).replaceFirst("");
        return plain.isEmpty() ? t : plain;
    }

    /**
     * Whether the text holds a character that shows nothing yet changes what is stored or printed: a
     * control character (C0, DEL, C1; tab, line feed and carriage return excepted, they are blanks) or a
     * bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which can make a
     * printed name read differently from the stored one. Null and "" hold none.
     */
    public static boolean hasInvisible(String s) {
        return firstInvisible(s) >= 0;
    }

    /** The first such character (see {@link #hasInvisible}), or -1. */
    public static int firstInvisible(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (isInvisible(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return -1;
    }

    /** "含不可见字符(U+202E)，请重新输入", or null when the text holds none. */
    public static String invisibleReason(String s) {
        int c = firstInvisible(s);
        return c < 0 ? null : INVISIBLE_REASON + String.format("(U+%04X)，请重新输入", c);
    }

    static boolean isInvisible(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)                 // C0, DEL, C1
                || c == '\u061C' || c == '\u200E' || c == '\u200F'   // Arabic letter mark, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E')                   // LRE, RLE, PDF, LRO, RLO
                || (c >= '\u2066' && c <= '\u2069');                  // LRI, RLI, FSI, PDI
    }

    /**
     * Whether a cell's text is a formula: Excel's never-calculated formulas arrive as "=…", and a sheet
     * typed with "=" would put a formula into every ledger printed from the data.
     */
    public static boolean isFormula(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        return t.length() > 1 && t.charAt(0) == '=';
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
