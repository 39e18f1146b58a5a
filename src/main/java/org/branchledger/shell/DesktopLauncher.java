package org.branchledger.shell;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderInUseException;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Fonts;

/**
 * Starts the window. The data folder is locked first (a second copy only gets a dialog); the
 * database then opens on its own thread while JavaFX starts, so neither waits for the other.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Runs the window until it closes; returns the process exit code. */
    public static int launch(DataFolder folder) {
        return launch(folder, Optional.empty());
    }

    /** The same, started with a backup file (double-clicked): the window then says where to restore it. */
    public static int launch(DataFolder folder, Optional<OpenedBackup> backup) {
        return launch(folder, backup, Optional.empty());
    }

    /**
     * The same; {@code server}, when present ({@code --database}), is used for this start instead of the one
     * the folder remembers (which stays as it is).
     */
    public static int launch(DataFolder folder, Optional<OpenedBackup> backup,
                             Optional<org.branchledger.core.db.ServerChoice> server) {
        return launch(folder, backup, server, DesktopLauncher::askPassword);
    }

    /** The same, with the way a password is asked for (the dialog; a test answers it directly). */
    static int launch(DataFolder folder, Optional<OpenedBackup> backup,
                      Optional<org.branchledger.core.db.ServerChoice> given,
                      java.util.function.Function<DataFolder, char[]> passwordPrompt) {
        // JavaFX's own button texts (确定, 取消) follow it. Messages.LOCALE, named here without reading the
        // message bundle: that loads on the services' thread below, beside the toolkit's start.
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        org.branchledger.core.StartupTrace.mark("launch");
        DataFolderLock lock;
        try {
            lock = DataFolderLock.acquire(folder);
        } catch (DataFolderInUseException e) {
            showFatal(Messages.get("error.folderInUse", e.folder()));
            return ExitCode.IN_USE.code();
        } catch (IOException e) {
            showFatal(Messages.get("error.openFailed", folder.path()));
            return ExitCode.BAD_INPUT.code();
        }
        char[] password = null;
        boolean fxStarted = false;
        if (App.hasPassword(folder)) {
            Platform.setImplicitExit(false); // the password dialog closing must not end JavaFX
            Platform.startup(Fonts::load);
            fxStarted = true;
            password = passwordPrompt.apply(folder);
            if (password == null) {
                closeQuietly(lock);
                Platform.exit();
                return ExitCode.DONE.code();
            }
        }
        char[] pw = password;
        App onServer = null;
        Optional<org.branchledger.core.db.ServerChoice> server = given.isPresent() ? given
                : org.branchledger.core.db.ServerChoice.read(folder.path());
        if (server.isPresent()) {
            if (!fxStarted) {
                Platform.setImplicitExit(false); // as for the password dialog
                Platform.startup(Fonts::load);
                fxStarted = true;
            }
            CompletableFuture<ServerStart.Outcome> asked = new CompletableFuture<>();
            Platform.runLater(() -> ServerStart.ask(folder, server.get(), pw, serverPassword())
                    .whenComplete((o, e) -> asked.complete(o)));
            ServerStart.Outcome outcome = asked.join();
            if (outcome.quit()) {
                closeQuietly(lock);
                Platform.exit();
                return ExitCode.DONE.code();
            }
            onServer = outcome.app(); // null: 改用本机数据, this time
        }
        CompletableFuture<App> app = onServer != null ? CompletableFuture.completedFuture(onServer)
                : opening(folder, lock, pw);
        CompletableFuture<App> ready = app.thenCompose(opened -> opened.ready().thenApply(open -> {
            org.branchledger.core.StartupTrace.mark("db open");
            return opened;
        }));
        CountDownLatch closed = new CountDownLatch(1);
        // After a password dialog JavaFX must not end while no window shows: the main window turns implicit
        // exit back on once it is up (DesktopWindow.showScene).
        CompletableFuture<Void> fonts = new CompletableFuture<>();
        if (fxStarted) {
            fonts.complete(null); // loaded for the password dialog
            Platform.runLater(() -> new DesktopWindow(folder, app, ready, closed::countDown, backup).show(fonts));
        } else {
            Platform.startup(() -> new DesktopWindow(folder, app, ready, closed::countDown, backup).show(fonts));
            // The fonts (two 10 MB files inflated from the jar) load here, beside the database, not on
            // the FX thread before the first frame.
            org.branchledger.core.StartupTrace.mark("toolkit started");
            try {
                Fonts.load(folder.path().resolve("cache").resolve("fonts"));
                org.branchledger.core.StartupTrace.mark("fonts");
            } finally {
                fonts.complete(null);
            }
        }
        org.branchledger.core.ui.Tasks.beside(() -> settleHeap(ready));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (onServer != null) {
            closeQuietly(lock); // the app on the server was opened without it (a failed attempt must not release it)
        }
        return ExitCode.DONE.code();
    }

    /**
     * The services are made here while the H2 file opens on a thread of its own (Database.openLater); the window
     * is built from them meanwhile, and its branch list waits for the file.
     */
    private static CompletableFuture<App> opening(DataFolder folder, DataFolderLock lock, char[] password) {
        return org.branchledger.core.ui.Tasks.beside(() -> {
            Messages.bundle(); // the window's first words (its title) then need not wait for the bundle
            try {
                return App.openLater(folder, lock, password);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The server's password from the environment, as the commands take it; null when none is set. */
    private static char[] serverPassword() {
        for (String variable : new String[] {"BRANCH_LEDGER_DB_PASSWORD", "PGPASSWORD"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                return value.toCharArray();
            }
        }
        return null;
    }

    /**
     * Once the window is up and has had a few seconds for its first page, lets the heap shrink to what
     * the window holds ({@link WindowHeap}); beside the window, on a daemon thread.
     */
    private static int settleHeap(CompletableFuture<App> ready) {
        try {
            App app = ready.get();
            Thread.sleep(3000);
            warmOverview(app);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            return 0; // the window reports it
        }
        return WindowHeap.keepSmall();
    }

    /**
     * A township's folder (several branches): the 全部支部 overview computed once beside the window, so the first
     * time it is opened it takes what later times take (60 branches: 0.6 s instead of 2.1 s in a fresh program,
     * most of it code the JVM had not yet compiled). Nothing is kept; a failure here is the page's to report.
     */
    private static void warmOverview(App app) {
        try {
            if (app.branches().all().size() > 1) {
                app.township().overview().overview(java.time.LocalDate.now(app.todayClock()).getYear());
            }
        } catch (RuntimeException e) {
            // the page computes it again when it is opened, and says what went wrong then
        }
    }

    /**
     * Asks for the password until it matches the folder's hash (checked here, off the FX thread: the
     * check is slow on purpose). Null when the user gives up.
     */
    private static char[] askPassword(DataFolder folder) {
        String problem = null;
        while (true) {
            String shown = problem;
            CompletableFuture<java.util.Optional<char[]>> answer = new CompletableFuture<>();
            Platform.runLater(() -> answer.complete(org.branchledger.safety.PasswordDialog.askOne(null,
                    Messages.get("password.prompt.title"), Messages.get("password.prompt.header"), Messages.get("password.prompt.text"),
                    shown)));
            java.util.Optional<char[]> typed = answer.join();
            if (typed.isEmpty()) {
                return null;
            }
            try {
                if (App.passwordMatches(folder, typed.get())) {
                    return typed.get();
                }
            } catch (IOException e) {
                return typed.get(); // an unreadable password file: let opening report it
            }
            problem = Messages.get("password.prompt.wrong");
        }
    }

    private static void closeQuietly(DataFolderLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the process ends now; the OS releases the lock anyway
        }
    }

    private static void showFatal(String message) {
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Fonts.load();
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.getDialogPane().getStylesheets().add(DesktopWindow.class.getResource("app.css").toExternalForm());
            alert.setTitle(Messages.get("app.title"));
            alert.setHeaderText(Messages.get("error.title"));
            alert.showAndWait();
            done.countDown();
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }
}
