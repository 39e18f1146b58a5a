package org.branchledger.ledger;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.branchledger.core.Progress;

/** The real pages of a PDF (a ledger's preview, a scanned note), rendered off the FX thread. */
public final class PdfPreview {
    private static final float DPI = 96;

    private PdfPreview() {
    }

    public static List<Image> render(byte[] pdf, Progress progress) throws IOException {
        try (Pages pages = Pages.open(pdf)) {
            List<Image> images = new ArrayList<>();
            int n = pages.count();
            for (int i = 0; i < n; i++) {
                if (progress.cancelled()) {
                    break;
                }
                images.add(pages.render(i));
                progress.update(i + 1, n);
            }
            return images;
        }
    }

    /**
     * A PDF opened for rendering one page at a time, so a preview shows its first page while the others are
     * still being drawn. Not for two threads at once; close it when done.
     */
    public static final class Pages implements AutoCloseable {
        private final PDDocument doc;
        private final PDFRenderer renderer;

        private Pages(PDDocument doc) {
            this.doc = doc;
            this.renderer = new PDFRenderer(doc);
        }

        public static Pages open(byte[] pdf) throws IOException {
            return new Pages(Loader.loadPDF(pdf));
        }

        public int count() {
            return doc.getNumberOfPages();
        }

        /** Page {@code index} (0-based) as an image. */
        public Image render(int index) throws IOException {
            return toFx(renderer.renderImageWithDPI(index, DPI, ImageType.RGB));
        }

        @Override
        public void close() throws IOException {
            doc.close();
        }
    }

    private static Image toFx(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
