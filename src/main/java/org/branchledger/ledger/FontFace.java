package org.branchledger.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One weight of Noto Sans SC (SIL Open Font License 1.1): the TrueType bytes and the advance width of every
 * character, read from the class path once per JVM. Widths are what PDFBox's {@code getStringWidth} reports
 * for the embedded font (hmtx advances in 1/1000 em), so the PDF layout and the .xlsx page set-up measure
 * alike without a PDF document at hand. The parsed font is kept too, so that each PDF embeds its subset without
 * parsing the 10 MB file again; PDFBox reads it while embedding, so only one painter uses it at a time
 * ({@link PdfPainter}).
 */
final class FontFace {
    static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    private static final Map<String, FutureTask<FontFace>> LOADED = new ConcurrentHashMap<>();

    private final String resource;
    private final byte[] bytes;
    private final TrueTypeFont ttf;
    /** Glyph of each code point of the Basic Multilingual Plane (0: none), the code a PDF draws it with. */
    private final char[] bmpGlyphs;
    private final Map<Integer, Integer> supplementaryGlyphs;
    /** Advances of the Basic Multilingual Plane in 1/1000 em; NaN where the font has no glyph. */
    private final float[] bmp;
    /** Advances of the supplementary planes (rare name characters, CJK extension B...). */
    private final Map<Integer, Float> supplementary;
    /**
     * Code points that share their glyph with a preferred one: Kangxi radicals and compatibility ideographs
     * (⽇ U+2F47) drawn with the glyph of the ideograph (日 U+65E5), which is what copied text should say.
     */
    private final Map<Integer, Integer> canonical;

    private FontFace(String resource, byte[] bytes, TrueTypeFont ttf, float[] bmp, char[] bmpGlyphs,
                     Map<Integer, Float> supplementary, Map<Integer, Integer> supplementaryGlyphs,
                     Map<Integer, Integer> canonical) {
        this.resource = resource;
        this.bytes = bytes;
        this.ttf = ttf;
        this.bmpGlyphs = bmpGlyphs;
        this.supplementaryGlyphs = supplementaryGlyphs;
        this.bmp = bmp;
        this.supplementary = supplementary;
        this.canonical = canonical;
    }

    /**
     * The face at a class-path resource, loaded on first use and kept for the life of the JVM. The two faces can
     * load at once on two threads (a command starts them while it opens the data folder); a caller asking for a
     * face being loaded waits for it.
     */
    static FontFace load(String resource) throws IOException {
        FutureTask<FontFace> task = LOADED.computeIfAbsent(resource, r -> new FutureTask<>(() -> read(r)));
        task.run(); // does nothing when it has run or is running
        try {
            return task.get();
        } catch (ExecutionException e) {
            LOADED.remove(resource, task);
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading " + resource, e);
        }
    }

    private static FontFace read(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font not on the class path: " + resource);
            }
            bytes = in.readAllBytes();
        }
        float[] bmp = new float[0x10000];
        Arrays.fill(bmp, Float.NaN);
        char[] bmpGlyphs = new char[0x10000];
        Map<Integer, Float> supplementary = new HashMap<>();
        Map<Integer, Integer> supplementaryGlyphs = new HashMap<>();
        Map<Integer, Integer> preferredForGlyph = new HashMap<>();
        Map<Integer, Integer> glyphOf = new HashMap<>();
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float scale = 1000f / ttf.getUnitsPerEm();
            for (int cp = 0; cp <= 0x3FFFF; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    float advance = ttf.getAdvanceWidth(gid) * scale;
                    if (cp < 0x10000) {
                        bmp[cp] = advance;
                        bmpGlyphs[cp] = (char) gid;
                    } else {
                        supplementary.put(cp, advance);
                        supplementaryGlyphs.put(cp, gid);
                    }
                    preferredForGlyph.merge(gid, cp, (a, b) -> rank(b) < rank(a) ? b : a);
                    if (rank(cp) == 2) {
                        glyphOf.put(cp, gid);
                    }
                }
            }
        }
        Map<Integer, Integer> canonical = new HashMap<>();
        glyphOf.forEach((cp, gid) -> {
            int preferred = preferredForGlyph.get(gid);
            if (preferred != cp) {
                canonical.put(cp, preferred);
            }
        });
        return new FontFace(resource, bytes, ttf, bmp, bmpGlyphs, Map.copyOf(supplementary),
                Map.copyOf(supplementaryGlyphs), Map.copyOf(canonical));
    }

    /** 0 for ideographs, 2 for radicals and compatibility forms that reuse their glyphs, 1 for the rest. */
    private static int rank(int cp) {
        if (cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F) {
            return 2;
        }
        return Character.isIdeographic(cp) ? 0 : 1;
    }

    /** The code point that text drawn with {@code codePoint}'s glyph should copy as. */
    int canonical(int codePoint) {
        return canonical.getOrDefault(codePoint, codePoint);
    }

    String resource() {
        return resource;
    }

    /** The TrueType file; callers must not change it. */
    byte[] bytes() {
        return bytes;
    }

    /** The parsed font, kept open for the life of the JVM; only {@link PdfPainter} reads it, one at a time. */
    TrueTypeFont ttf() {
        return ttf;
    }

    /** The glyph that draws a code point the font has (the code an Identity-H PDF font shows it with). */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return bmpGlyphs[codePoint];
        }
        return supplementaryGlyphs.getOrDefault(codePoint, 0);
    }

    boolean has(int codePoint) {
        return !Float.isNaN(advance(codePoint));
    }

    /** Width of a code point in 1/1000 em, NaN when the font lacks it. */
    float advance(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return bmp[codePoint];
        }
        Float w = supplementary.get(codePoint);
        return w == null ? Float.NaN : w;
    }

    /** Width of text the font can draw (see {@link LedgerFonts#clean}) at a size, in points. */
    float width(String text, float size) {
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = advance(cp);
            sum += Float.isNaN(w) ? 1000 : w;
            i += Character.charCount(cp);
        }
        return sum / 1000f * size;
    }
}
