package org.branchledger.shell;

import static org.branchledger.testing.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import javafx.stage.WindowEvent;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Closing the window makes the day's automatic backup first, then closes; a second close the same day does not. */
@org.junit.jupiter.api.Tag("window")
class CloseBackupUiTest extends org.branchledger.testing.QuickRobot {
    @TempDir
    Path dir;

    private App app;
    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        TestWindow.close(window, app);
    }

    @Test
    void closingTheWindowBacksUpOnceADay() throws Exception {
        app = App.open(new DataFolder(dir));
        app.demo().create("红旗村党支部（示范）", 8, Year.now().getValue());
        assertTrue(app.backups().automaticBackups().isEmpty());
        window = TestWindow.open(app, null);
        interact(() -> new CloseBackup(() -> app, window.tasks(), window.stage()).install());
        interact(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(20, () -> !window.stage().isShowing());
        assertEquals(1, app.backups().automaticBackups().size());
        assertTrue(app.backups().automaticBackups().get(0).getFileName().toString()
                .matches("branch-ledger-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.blbak"));
        assertTrue(!app.backups().automaticDue(), "today's backup is made: the next close does not make another");
    }
}
