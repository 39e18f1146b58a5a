package org.branchledger.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The content stream of a page, written as PDF operators directly: boxes and rules first, then the text in one
 * BT … ET block, each line placed with a text matrix and shown as the glyph codes of the Identity-H font.
 * PDFBox's own content stream runs every string through its OpenType substitution (GSUB) worker, which for this
 * font compiles regular expressions per string and cost more than all the rest of painting; ledgers need no
 * substitution (CJK text and plain Latin, no ligatures wanted in copied text).
 */
final class PageContent {
    private static final float LINE_WIDTH = 0.5f;
    private static final float HEADER_GREY = 0.88f;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** Where the text's glyphs come from: the font resource's name and the code of each code point. */
    interface Fonts {
        /** The resource name (F1 …) of the face, registering it on first use. */
        String name(boolean bold) throws IOException;

        /** The glyph code of a code point, noting that the document uses it. */
        int glyph(boolean bold, int codePoint);
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private final Fonts fonts;

    PageContent(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The operators drawing {@code ops}. */
    static byte[] of(List<PageOp> ops, Fonts fonts) throws IOException {
        PageContent content = new PageContent(fonts);
        content.draw(ops);
        return content.out.toByteArray();
    }

    private void draw(List<PageOp> ops) throws IOException {
        number(LINE_WIDTH).word("w").number(0).word("G");
        boolean grey = false;
        for (PageOp op : ops) {
            if (op instanceof PageOp.Box box) {
                if (box.shaded() && !grey) {
                    number(HEADER_GREY).word("g");
                    grey = true;
                }
                number(box.x()).number(box.y()).number(box.width()).number(box.height()).word("re")
                        .word(box.shaded() ? "B" : "S");
            } else if (op instanceof PageOp.Rule rule) {
                number(rule.lineWidth()).word("w").number(rule.x1()).number(rule.y1()).word("m")
                        .number(rule.x2()).number(rule.y2()).word("l").word("S").number(LINE_WIDTH).word("w");
            }
        }
        number(0).word("g").word("BT");
        String font = null;
        float size = 0;
        for (PageOp op : ops) {
            if (op instanceof PageOp.Text text && !text.text().isEmpty()) {
                String name = fonts.name(text.bold());
                if (!name.equals(font) || text.size() != size) {
                    word("/" + name).number(text.size()).word("Tf");
                    font = name;
                    size = text.size();
                }
                number(1).number(0).number(0).number(1).number(text.x()).number(text.y()).word("Tm");
                glyphs(text.text(), text.bold());
                word("Tj");
            }
        }
        word("ET");
    }

    private void glyphs(String text, boolean bold) {
        out.write('<');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int glyph = fonts.glyph(bold, cp);
            out.write(HEX[glyph >> 12 & 0xF]);
            out.write(HEX[glyph >> 8 & 0xF]);
            out.write(HEX[glyph >> 4 & 0xF]);
            out.write(HEX[glyph & 0xF]);
        }
        out.write('>');
    }

    private PageContent word(String operator) {
        out.writeBytes(operator.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        return this;
    }

    /** A number with at most two decimals, as PDF writes it (no exponent). */
    private PageContent number(float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            out.write('-');
            hundredths = -hundredths;
        }
        out.writeBytes(Long.toString(hundredths / 100).getBytes(StandardCharsets.US_ASCII));
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.write('.');
            out.write('0' + (int) (fraction / 10));
            if (fraction % 10 != 0) {
                out.write('0' + (int) (fraction % 10));
            }
        }
        out.write(' ');
        return this;
    }
}
