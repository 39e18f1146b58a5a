package org.branchledger.notes;

/** 字数 of typed text: every character that is not whitespace (full-width spaces included). */
public final class WordCount {
    private WordCount() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }
}
