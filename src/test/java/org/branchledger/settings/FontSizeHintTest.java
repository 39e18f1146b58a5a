package org.branchledger.settings;

import org.branchledger.core.ui.FontSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chosen font size is known before the database opens, so the window's first frame has it. */
class FontSizeHintTest {
    @TempDir
    Path dir;

    @Test
    void theChosenSizeIsKnownAtTheNextStartBeforeAnyQuery() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (App app = App.open(folder)) {
            assertEquals(FontSize.NORMAL, app.settings().lastKnownFontSize());
            app.settings().setFontSize(FontSize.EXTRA_LARGE);
        }
        try (App app = App.open(folder)) {
            assertEquals(FontSize.EXTRA_LARGE, app.settings().lastKnownFontSize());
            assertEquals(FontSize.EXTRA_LARGE, app.settings().fontSize());
        }
    }

    @Test
    void aLostOrWrongNoteIsPutRightByTheDatabase() throws Exception {
        DataFolder folder = new DataFolder(dir);
        Path note = dir.resolve("cache").resolve("font-size");
        try (App app = App.open(folder)) {
            app.settings().setFontSize(FontSize.LARGE);
        }
        Files.writeString(note, "nonsense");
        try (App app = App.open(folder)) {
            assertEquals(FontSize.NORMAL, app.settings().lastKnownFontSize(), "an unreadable note means the default");
            assertEquals(FontSize.LARGE, app.settings().fontSize(), "the database decides");
        }
        assertEquals("LARGE", Files.readString(note));
    }
}
