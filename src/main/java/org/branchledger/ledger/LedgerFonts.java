package org.branchledger.ledger;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;

/** The regular and bold faces ledgers print in, with the two things layout needs: measuring and cleaning text. */
record LedgerFonts(FontFace regular, FontFace bold) {
    /** Stand-ins for characters the font lacks but ledgers use, e.g. 集中学习是否达⅔. */
    private static final Map<Integer, String> SUBSTITUTES = Map.of(
            (int) '⅓', "1/3", (int) '⅔', "2/3", (int) '¼', "1/4", (int) '½', "1/2", (int) '¾', "3/4");

    static LedgerFonts load() throws IOException {
        return new LedgerFonts(FontFace.load(FontFace.REGULAR), FontFace.load(FontFace.BOLD));
    }

    FontFace face(boolean bold) {
        return bold ? this.bold : regular;
    }

    float width(String text, boolean bold, float size) {
        return face(bold).width(text, size);
    }

    TextWrapper.Measure measure(boolean bold, float size) {
        FontFace face = face(bold);
        return text -> face.width(text, size);
    }

    /**
     * Text both faces can draw: line breaks become '\n', tabs and odd spaces a plain space, invisible format
     * characters go, and a character the font lacks becomes a stand-in or '?' rather than failing the print.
     */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || drawable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '\t' || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                continue;
            } else {
                out.append(substitute(cp));
            }
        }
        return out.toString();
    }

    private boolean drawable(int cp) {
        return regular.has(cp) && bold.has(cp);
    }

    private String substitute(int cp) {
        String candidate = SUBSTITUTES.get(cp);
        if (candidate == null) {
            candidate = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        }
        return !candidate.isEmpty() && candidate.codePoints().allMatch(this::drawable) ? candidate : "?";
    }
}
