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
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Image> images = new ArrayList<>();
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                if (progress.cancelled()) {
                    break;
                }
                images.add(toFx(renderer.renderImageWithDPI(i, DPI, ImageType.RGB)));
                progress.update(i + 1, n);
            }
            return images;
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
