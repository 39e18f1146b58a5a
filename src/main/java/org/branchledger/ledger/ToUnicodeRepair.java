package org.branchledger.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes copied and searched text read 日 and not ⽇. Noto Sans SC maps Kangxi radicals (U+2F00...) to the same
 * glyphs as the ideographs, and PDFBox writes each subset glyph's ToUnicode entry from the font's first, lowest
 * code point for it, which is the radical. Run on the saved document, this rewrites each font's ToUnicode map
 * with the ideographs.
 */
final class ToUnicodeRepair {
    private static final int MAX_PER_BLOCK = 100;

    private ToUnicodeRepair() {
    }

    static void repair(PDDocument document, LedgerFonts fonts) throws IOException {
        Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && done.add(type0.getCOSObject())) {
                    FontFace face = type0.getName() != null && type0.getName().endsWith("-Bold")
                            ? fonts.bold() : fonts.regular();
                    repair(document, type0, face);
                }
            }
        }
    }

    private static void repair(PDDocument document, PDType0Font font, FontFace face) throws IOException {
        Map<Integer, String> entries = new TreeMap<>();
        boolean changed = false;
        for (int code = 1; code <= 0xFFFF; code++) {
            String text = font.toUnicode(code);
            if (text == null) {
                continue;
            }
            if (text.codePointCount(0, text.length()) == 1) {
                int canonical = face.canonical(text.codePointAt(0));
                if (canonical != text.codePointAt(0)) {
                    text = new String(Character.toChars(canonical));
                    changed = true;
                }
            }
            entries.put(code, text);
        }
        if (changed) {
            PDStream stream = new PDStream(document, new ByteArrayInputStream(cmap(entries)), COSName.FLATE_DECODE);
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
    }

    /** A ToUnicode CMap of two-byte codes (Identity-H) as bfchar entries. */
    private static byte[] cmap(Map<Integer, String> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> list = new ArrayList<>(entries.entrySet());
        for (int from = 0; from < list.size(); from += MAX_PER_BLOCK) {
            List<Map.Entry<Integer, String>> block = list.subList(from, Math.min(list.size(), from + MAX_PER_BLOCK));
            sb.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                sb.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    sb.append(String.format("%04X", (int) c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
