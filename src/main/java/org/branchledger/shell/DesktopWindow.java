package org.branchledger.shell;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.branchledger.App;
import org.branchledger.core.FailureLog;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Fonts;
import org.branchledger.core.ui.FxDialogs;
import org.branchledger.core.ui.FxFileChooser;
import org.branchledger.core.ui.Tasks;

/**
 * The main stage: shown with the real window as soon as the database is open (with a short "opening"
 * note first only when that takes a while). Closing it closes the database and releases the data folder.
 */
final class DesktopWindow {
    /** Set by the start-up benchmark: print the time to a usable window and quit. */
    static final String STARTUP_PROBE = "branchledger.startupProbe";
    private static final Duration SPLASH_AFTER = Duration.millis(300);

    private final DataFolder folder;
    private final CompletableFuture<App> app;
    private final CompletableFuture<App> ready;
    private final Runnable onClosed;
    private final Optional<OpenedBackup> backup;
    private final Stage stage = new Stage();
    private boolean opened;
    private boolean failed;

    /**
     * @param app   the services, made while the database file may still be opening
     * @param ready the same app once its database is open (fails when it cannot be opened)
     */
    DesktopWindow(DataFolder folder, CompletableFuture<App> app, CompletableFuture<App> ready, Runnable onClosed,
                  Optional<OpenedBackup> backup) {
        this.folder = folder;
        this.app = app;
        this.ready = ready;
        this.onClosed = onClosed;
        this.backup = backup;
    }

    /**
     * Shows the window as soon as the services and the fonts are there; the database finishes opening
     * meanwhile and the branch list follows. When even that takes longer than a moment, an "opening"
     * note is shown first, so a slow start never looks dead.
     */
    void show(CompletableFuture<Void> fonts) {
        org.branchledger.core.StartupTrace.mark("show");
        stage.setTitle(Messages.get("app.title"));
        fonts.thenRun(() -> Platform.runLater(() -> {
            PauseTransition moment = new PauseTransition(SPLASH_AFTER);
            moment.setOnFinished(e -> {
                if (!opened && !failed) {
                    showScene(splash());
                }
            });
            moment.play();
        }));
        ready.whenComplete((done, failure) -> {
            if (failure != null) {
                Platform.runLater(() -> fail(failure, true));
            }
        });
        // The window's nodes are made while the fonts may still be loading; styled and shown once they are.
        app.whenComplete((made, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                fail(failure, false);
            } else if (!failed) {
                Built built = build(made);
                fonts.thenRun(() -> Platform.runLater(() -> {
                    if (!failed) {
                        open(made, built);
                    }
                }));
            }
        }));
    }

    /** The shell of the window and what it needs, made before the fonts are there. */
    private record Built(Shell shell, Tasks tasks, Dialogs dialogs) {
    }

    private Built build(App made) {
        org.branchledger.core.StartupTrace.mark("build");
        Dialogs dialogs = new FxDialogs(stage, e -> FailureLog.record(made.folder(), e, made.todayClock()));
        Tasks tasks = new Tasks(dialogs);
        Shell shell = new Shell(made, tasks, dialogs, stage, new FxFileChooser(), ready);
        org.branchledger.core.StartupTrace.mark("shell built");
        return new Built(shell, tasks, dialogs);
    }

    /**
     * The data could not be opened: says why (in Chinese, the details to the log) and ends. A database
     * file that will not open gets the way back offered: restoring a backup over it.
     */
    private void fail(Throwable failure, boolean databaseFile) {
        if (failed) {
            return;
        }
        failed = true;
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (stage.getScene() == null) {
            showScene(splash());
        }
        app.thenAccept(made -> {
            try {
                made.close(); // releases the folder, for the restore below or for the next start
            } catch (Exception ignored) {
                // ending anyway
            }
        });
        Runnable end = () -> {
            stage.setOnHidden(null);
            stage.close();
            onClosed.run();
        };
        if (databaseFile) {
            new DamagedData(folder, stage).offer(cause, end);
        } else {
            new FxDialogs(stage, e -> FailureLog.record(folder, e, App.clock())).showError(cause);
            end.run();
        }
    }

    private void showScene(Parent root) {
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, 1180, 760));
            stage.getScene().getStylesheets().add(DesktopWindow.class.getResource("app.css").toExternalForm());
            org.branchledger.core.ui.ScreenFit.mainWindow(stage, 1180, 760);
        } else {
            stage.getScene().setRoot(root);
        }
        org.branchledger.core.StartupTrace.mark("scene set");
        if (!stage.isShowing()) {
            stage.show();
            Platform.setImplicitExit(true); // closing this window ends the program
        }
    }

    private void open(App opened, Built built) {
        this.opened = true;
        org.branchledger.core.StartupTrace.mark("open");
        Dialogs dialogs = built.dialogs();
        Tasks tasks = built.tasks();
        Shell shell = built.shell();
        showScene(shell.root());
        org.branchledger.core.StartupTrace.mark("shown");
        new CloseBackup(shell::app, tasks, stage).install();
        stage.setOnHidden(e -> {
            tasks.close();
            try {
                shell.app().close(); // the app opened, or the one 设置 → 数据库 moved the window to
            } catch (Exception ignored) {
                // The process ends anyway; H2 recovers an unclosed file at next start.
            }
            onClosed.run();
        });
        backup.ifPresent(b -> Platform.runLater(() -> dialogs.showInfo(Messages.get("installer.backup.title"),
                Messages.get("installer.backup.opened", b.file().toAbsolutePath()))));
        StartupArchive.refreshLater();
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            // The branch list may have come before the window was shown: then it is ready now.
            Runnable whenLoaded = () -> Platform.runLater(() -> {
                System.out.println("READY");
                org.branchledger.core.StartupTrace.mark("ready");
                System.out.flush();
                // The build's training start stays a moment longer, so that the first page's queries
                // (jOOQ's machinery) are in the start-up archive too.
                PauseTransition linger = new PauseTransition(Duration.millis(Long.getLong(STARTUP_PROBE + ".linger", 0)));
                linger.setOnFinished(e -> stage.hide());
                linger.play();
            });
            if (shell.selection().loaded().get()) {
                whenLoaded.run();
            } else {
                shell.selection().loaded().addListener((obs, was, loaded) -> whenLoaded.run());
            }
        }
    }

    private static Parent splash() {
        VBox box = new VBox(16, new ProgressIndicator(), new Label(Messages.get("shell.loading")));
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
