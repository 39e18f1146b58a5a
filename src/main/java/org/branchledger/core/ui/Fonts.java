package org.branchledger.core.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.text.Font;

/**
 * Loads Noto Sans SC (SIL Open Font License 1.1), shipped in the jar: JavaFX on Linux cannot draw the
 * system's CJK fonts, and on Windows it keeps every machine looking the same.
 */
public final class Fonts {
    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {
        "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf", "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf"};

    private Fonts() {
    }

    /** Loads the fonts from the jar (JavaFX copies each 10 MB file to a temporary file first). */
    public static void load() {
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (IOException e) {
                // The window still works with the platform's default font.
            }
        }
    }

    /**
     * Loads the fonts from plain files kept in {@code cache} (written there from the jar the first time,
     * and again whenever their size differs): JavaFX then reads them in place instead of inflating and
     * copying 20 MB at every start. Falls back to {@link #load()} when the folder cannot be written.
     */
    public static void load(Path cache) {
        try {
            Files.createDirectories(cache);
            for (String file : FILES) {
                Path cached = cache.resolve(file.substring(file.lastIndexOf('/') + 1));
                URL resource = Fonts.class.getResource(file);
                if (resource == null) {
                    continue;
                }
                long size = resource.openConnection().getContentLengthLong();
                if (!Files.exists(cached) || size < 0 || Files.size(cached) != size) {
                    Path part = Files.createTempFile(cache, "font", ".part");
                    try (InputStream in = resource.openStream()) {
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                if (Font.loadFont(cached.toUri().toString(), 14) == null) {
                    throw new IOException("unreadable font " + cached);
                }
            }
        } catch (IOException | RuntimeException e) {
            load();
        }
    }
}
