package org.branchledger.core.ui;

import java.io.IOException;
import java.io.InputStream;
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
}
