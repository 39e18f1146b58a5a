package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class LedgerFontsTest {
    @Test
    void measuresExactlyAsTheEmbeddedFontDoes() throws IOException {
        LedgerFonts fonts = LedgerFonts.load();
        String text = "党员花名册 Branch 13912345678，（补课）";
        try (PDDocument doc = new PDDocument()) {
            for (boolean bold : new boolean[] {false, true}) {
                PDType0Font font = PDType0Font.load(doc, new RandomAccessReadBuffer(fonts.face(bold).bytes()), true, false);
                assertEquals(font.getStringWidth(text) / 1000 * 10, fonts.width(text, bold, 10), 0.01);
            }
        }
    }

    @Test
    void theFontIsReadOncePerJvm() throws IOException {
        assertSame(LedgerFonts.load().regular(), LedgerFonts.load().regular());
        assertSame(LedgerFonts.load().bold().bytes(), LedgerFonts.load().bold().bytes());
    }

    @Test
    void cleaningKeepsWhatTheFontDrawsAndReplacesTheRest() throws IOException {
        LedgerFonts fonts = LedgerFonts.load();
        // ½ is in the font; the emoji and 𠮷 (U+20BB7, outside GB 18030) are not.
        assertEquals("王建国 ½ ?\n?a", fonts.clean("王建国\t½ 😀\r\n𠮷\u200Ba"));
        assertEquals("是否达2/3", fonts.clean("是否达⅔"));
    }

    @Test
    void radicalsCopyAsTheIdeographsTheyLookLike() throws IOException {
        FontFace face = LedgerFonts.load().regular();
        assertEquals('日', face.canonical('⽇'));
        assertEquals('一', face.canonical('⼀'));
        assertEquals('日', face.canonical('日'));
        assertTrue(face.has('党') && !face.has(0x1F600));
    }
}
