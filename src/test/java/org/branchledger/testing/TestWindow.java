package org.branchledger.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.branchledger.App;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.FxDialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.shell.Shell;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window (the {@link Shell} in a 1180×760 scene) on an open {@link App}, headless through Monocle. */
public final class TestWindow {
    private static final int DEFAULT_WAIT_SECONDS = 15;

    private Stage stage;
    private FxDialogs dialogs;
    private Tasks tasks;
    private Shell shell;

    private TestWindow() {
    }

    /** Opens the window with {@code chooser} answering the file dialogs. */
    public static TestWindow open(App app, FileChooser chooser) throws Exception {
        return open(app, chooser, window -> { });
    }

    /**
     * Opens the window; {@code setup} runs on the FX thread once the scene is set, just before the stage is shown.
     *
     * @param chooser answers the file dialogs; {@code null} for the desktop one
     */
    public static TestWindow open(App app, FileChooser chooser, Consumer<TestWindow> setup) throws Exception {
        return open(app, chooser, 1180, 760, setup);
    }

    /** Opens the window with a scene of {@code width}×{@code height} (a village laptop: 1366×768). */
    public static TestWindow open(App app, FileChooser chooser, double width, double height, Consumer<TestWindow> setup)
            throws Exception {
        TestWindow window = new TestWindow();
        FxToolkit.registerPrimaryStage();
        try {
            FxToolkit.setupStage(stage -> {
                window.stage = stage;
                window.dialogs = new FxDialogs(stage, e -> "-");
                window.tasks = new Tasks(window.dialogs);
                window.shell = chooser == null ? new Shell(app, window.tasks, window.dialogs, stage)
                        : new Shell(app, window.tasks, window.dialogs, stage, chooser);
                stage.setScene(new Scene(window.shell.root(), width, height));
                setup.accept(window);
                stage.show();
            });
        } catch (Exception | Error e) {
            if (window.tasks != null) {
                window.tasks.close();
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public FxDialogs dialogs() {
        return dialogs;
    }

    public Tasks tasks() {
        return tasks;
    }

    /**
     * For {@code @AfterEach}: closes the test stages, the window's tasks and then the app. Either argument may be
     * {@code null} (the test failed before opening it).
     */
    public static void close(TestWindow window, App app) throws Exception {
        FxToolkit.cleanupStages();
        if (window != null && window.tasks != null) {
            window.tasks.close();
        }
        if (app != null) {
            app.close();
        }
        if (window != null && window.shell != null && window.shell.app() != app) {
            window.shell.app().close(); // the app 设置 → 数据库 moved the window to
        }
    }

    /** The app the window works on now (设置 → 数据库 may have moved it from the one it opened with). */
    public App app() {
        return shell.app();
    }

    /** Waits up to 15 seconds for {@code condition}, then for the FX events it set off. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(DEFAULT_WAIT_SECONDS, condition);
    }

    /** Waits up to {@code seconds} for {@code condition}, then for the FX events it set off. */
    public static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
