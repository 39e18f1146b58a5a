package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.branchledger.core.ui.FxDialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Scanned pages open inside the app: an image, and every page of a PDF. */
@org.junit.jupiter.api.Tag("window")
class PageViewerUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private Tasks tasks;
    private Label status;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
    }

    private Stage open(Path file) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            tasks = new Tasks(new FxDialogs(stage, e -> "-"));
            status = new Label();
            stage.setScene(new Scene(status, 300, 100));
            stage.show();
        });
        interact(() -> PageViewer.show(status.getScene().getWindow(), file.getFileName().toString(),
                () -> Files.readAllBytes(file), tasks, status));
        String name = file.getFileName().toString();
        TestWindow.waitUntil(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && name.equals(s.getTitle())));
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && name.equals(s.getTitle())).findFirst().orElseThrow();
    }

    @Test
    void anImageIsShown() throws Exception {
        Path png = dir.resolve("第1页.png");
        ImageIO.write(new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Stage viewer = open(png);
        assertEquals(1, viewer.getScene().getRoot().lookupAll(".image-view").size());
    }

    @Test
    void aSealedPageIsShownFromMemoryAndNothingIsWrittenBesideIt() throws Exception {
        Path data = dir.resolve("data");
        org.branchledger.core.db.FileKey key = org.branchledger.core.db.FileKey.derive("红旗村2026".toCharArray(),
                org.branchledger.core.db.FileKey.newSalt(), 1000);
        org.branchledger.core.db.ScannedPages pages = new org.branchledger.core.db.ScannedPages(data, () -> key);
        Path png = dir.resolve("张三的心得.png");
        ImageIO.write(new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String stored = "attachments/7/张三的心得.png";
        pages.write(stored, png);
        java.util.List<Path> before;
        try (var s = Files.walk(data)) {
            before = s.toList();
        }
        assertTrue(before.stream().noneMatch(p -> p.toString().contains("张三")), before.toString());

        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            tasks = new Tasks(new FxDialogs(stage, e -> "-"));
            status = new Label();
            stage.setScene(new Scene(status, 300, 100));
            stage.show();
        });
        interact(() -> PageViewer.show(status.getScene().getWindow(), "张三的心得.png", () -> pages.read(stored), tasks,
                status));
        TestWindow.waitUntil(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage st && "张三的心得.png".equals(st.getTitle())));
        Stage viewer = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && "张三的心得.png".equals(st.getTitle())).findFirst().orElseThrow();
        assertEquals(1, viewer.getScene().getRoot().lookupAll(".image-view").size());
        try (var s = Files.walk(data)) {
            assertEquals(before, s.toList(), "decrypted in memory: no file written");
        }
    }

    @Test
    void everyPageOfAPdfIsShown() throws Exception {
        Path pdf = dir.resolve("心得扫描.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Stage viewer = open(pdf);
        assertEquals(2, viewer.getScene().getRoot().lookupAll(".image-view").size());
        ImageView first = (ImageView) viewer.getScene().getRoot().lookupAll(".image-view").iterator().next();
        assertTrue(first.getImage().getWidth() > 100);
    }

    @Test
    void somethingUnreadableSaysSo() throws Exception {
        Path junk = dir.resolve("坏文件.png");
        Files.writeString(junk, "not an image");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            tasks = new Tasks(new FxDialogs(stage, e -> "-"));
            status = new Label();
            stage.setScene(new Scene(status, 300, 100));
            stage.show();
        });
        interact(() -> PageViewer.show(status.getScene().getWindow(), junk.getFileName().toString(),
                () -> Files.readAllBytes(junk), tasks, status));
        TestWindow.waitUntil(() -> status.getText().contains("无法显示"));
        assertTrue(status.getText().contains("坏文件.png"));
    }
}
