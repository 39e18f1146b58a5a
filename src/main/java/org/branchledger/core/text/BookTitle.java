package org.branchledger.core.text;

/**
 * A title put in book-title marks (书名号) for a sentence: 《学习党章的体会》. A title the user already typed in
 * marks keeps them instead of getting a second pair (never 《《…》》), and marks inside a title become the single
 * ones, as GB/T 15834 has it: 《学习〈党章〉心得》.
 */
public final class BookTitle {
    private BookTitle() {
    }

    /** The title in 《》 exactly once; an empty or null title gives an empty string. */
    public static String of(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        String t = title.strip();
        if (wholeTitle(t)) {
            return t;
        }
        return "《" + t.replace('《', '〈').replace('》', '〉') + "》";
    }

    /** Whether the text is one title already in marks: 《…》 whose opening mark closes only at the very end. */
    private static boolean wholeTitle(String t) {
        if (t.length() < 2 || t.charAt(0) != '《' || t.charAt(t.length() - 1) != '》') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth--;
                if (depth == 0 && i < t.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
