package org.branchledger.core.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps windows on the screen they are shown on: a village laptop has 1366×768 (less the task bar), and at
 * 特大 a form is taller than that. The main window fills a small screen; a dialog is never larger than the
 * screen's usable area, its content scrolls while its buttons stay in sight.
 */
public final class ScreenFit {
    /** Below this usable size the main window is maximised instead of opened at its usual size. */
    static final double ROOMY_WIDTH = 1280;
    static final double ROOMY_HEIGHT = 800;
    private static final String WRAPPED = "screenFit.wrapped";

    private ScreenFit() {
    }

    /** The usable area (without the task bar) of the screen that holds most of {@code window}, or the primary. */
    public static Rectangle2D visualBounds(Window window) {
        if (window != null && !Double.isNaN(window.getX()) && window.getWidth() > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                    window.getWidth(), window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /**
     * The main window: on a small screen it takes the whole usable area (maximised), on a roomy one it opens
     * at {@code width}×{@code height} in the middle.
     */
    public static void mainWindow(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() < ROOMY_WIDTH || screen.getHeight() < ROOMY_HEIGHT) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        } else {
            stage.setWidth(Math.min(width, screen.getWidth()));
            stage.setHeight(Math.min(height, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /**
     * A dialog that fits the screen: its content is put in a scroll pane when it is shown (the buttons stay
     * outside it), and the dialog is made no larger than the screen's usable area and moved onto it.
     */
    public static void dialog(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> scrollable(dialog.getDialogPane()));
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                keepOnScreen(window);
            }
        });
    }

    /** Clamps now and whenever the window sizes itself again (a dialog re-sizes to its scene after CSS). */
    private static void keepOnScreen(Window window) {
        clamp(window);
        window.heightProperty().addListener((obs, old, now) -> clamp(window));
        window.widthProperty().addListener((obs, old, now) -> clamp(window));
    }

    /** A window of its own (an import wizard, a page viewer): no larger than the screen, and on it. */
    public static void stage(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> keepOnScreen(stage));
    }

    /** Shrinks {@code window} to the usable area of its screen and moves it fully onto it. */
    public static void clamp(Window window) {
        Window owner = window instanceof Stage stage && stage.getOwner() != null ? stage.getOwner() : window;
        Rectangle2D screen = visualBounds(owner);
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        double x = Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth()));
        double y = Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight()));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    /**
     * Puts the pane's content in a scroll pane (once): as large as the content where there is room, scrolling
     * where there is not. Content that wants to grow (a table) fills the room when the dialog is made larger.
     */
    static void scrollable(DialogPane pane) {
        Node content = pane.getContent();
        if (content == null || content instanceof ScrollPane || content.getProperties().containsKey(WRAPPED)
                || content instanceof Parent p && p.getChildrenUnmodifiable().stream().anyMatch(ScrollPane.class::isInstance)) {
            return; // scrolls already
        }
        content.getProperties().put(WRAPPED, true);
        pane.setContent(scrolling(content));
    }

    /** {@code content} in a borderless scroll pane that fills its width, and its height when there is room. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("fit-scroll");
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((obs, old, viewport) -> {
            double needed = content instanceof Parent p ? p.prefHeight(viewport.getWidth()) : content.prefHeight(-1);
            scroll.setFitToHeight(viewport.getHeight() >= needed);
        });
        return scroll;
    }
}
