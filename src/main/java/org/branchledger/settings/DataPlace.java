package org.branchledger.settings;

import java.nio.file.Path;
import java.util.Optional;
import org.branchledger.core.db.ServerChoice;

/** Where the window's data is, and moving it (设置 → 数据库); the frame gives it, holding the open data. */
public interface DataPlace {
    /** The data folder: this computer's settings, scanned pages and logs, and its own data file. */
    Path folder();

    /** The server the window works on now; empty: the folder's own file. */
    Optional<ServerChoice> server();

    /**
     * Off the FX thread: opens the data on {@code server} (null: the folder's own file) and makes it the window's,
     * remembering the choice in the folder (never the password). Nothing changes when it fails. Returns what shows
     * the window on it, to run on the FX thread.
     */
    Runnable moveTo(ServerChoice server, char[] password) throws Exception;
}
