package org.branchledger.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.branchledger.App;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.settings.DataPlace;

/**
 * The window's open data, which 设置 → 数据库 can move between the folder's own file and an office's server. The
 * choice is written into the folder first and put back as it was when the new data will not open, so the folder
 * never names a server the window could not reach through this step.
 */
final class DataSwitch implements DataPlace {
    private volatile App current;
    private final Function<App, Runnable> rebuild;

    /** @param rebuild what shows the window on a newly opened app (run on the FX thread) */
    DataSwitch(App app, Function<App, Runnable> rebuild) {
        this.current = app;
        this.rebuild = rebuild;
    }

    /** The app the window works on now (the one to close when it closes). */
    App current() {
        return current;
    }

    @Override
    public Path folder() {
        return current.folder().path();
    }

    @Override
    public Optional<ServerChoice> server() {
        return current.server();
    }

    @Override
    public synchronized Runnable moveTo(ServerChoice server, char[] password) throws IOException {
        Path folder = folder();
        Optional<ServerChoice> before = ServerChoice.read(folder);
        remember(Optional.ofNullable(server), folder);
        if (server == null && current.server().isEmpty()) {
            return rebuild.apply(current); // already on the folder's file (started so): the choice only forgotten
        }
        try {
            current = current.moveTo(server, password);
        } catch (RuntimeException e) {
            remember(before, folder);
            throw e;
        }
        return rebuild.apply(current);
    }

    private static void remember(Optional<ServerChoice> choice, Path folder) throws IOException {
        if (choice.isPresent()) {
            choice.get().save(folder);
        } else {
            ServerChoice.forget(folder);
        }
    }
}
