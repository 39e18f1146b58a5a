package org.branchledger.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ToUnicode CMap of an embedded face: which text each glyph code drawn stands for. PDFBox would write each
 * subset glyph's entry from the font's first, lowest code point for it, and Noto Sans SC maps Kangxi radicals
 * (U+2F00...) to the same glyphs as the ideographs, so copied and searched text would read ⽇ and not 日; the
 * painter writes this map instead, from the code points it drew (radicals made canonical by {@link FontFace}).
 */
final class ToUnicodeMap {
    private static final int MAX_PER_BLOCK = 100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ToUnicodeMap() {
    }

    /** A CMap of two-byte codes (Identity-H) as bfchar entries: glyph code → code point (0: none). */
    static byte[] of(int[] glyphToCodePoint) {
        List<int[]> list = new ArrayList<>();
        for (int glyph = 1; glyph < glyphToCodePoint.length; glyph++) {
            if (glyphToCodePoint[glyph] != 0) {
                list.add(new int[] {glyph, glyphToCodePoint[glyph]});
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 0; from < list.size(); from += MAX_PER_BLOCK) {
            List<int[]> block = list.subList(from, Math.min(list.size(), from + MAX_PER_BLOCK));
            sb.append(block.size()).append(" beginbfchar\n");
            for (int[] e : block) {
                sb.append('<');
                hex(sb, e[0]);
                sb.append("> <");
                for (char c : Character.toChars(e[1])) {
                    hex(sb, c);
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void hex(StringBuilder sb, int fourDigits) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(HEX[fourDigits >> shift & 0xF]);
        }
    }
}
