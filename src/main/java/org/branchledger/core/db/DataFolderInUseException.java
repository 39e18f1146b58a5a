package org.branchledger.core.db;

import java.nio.file.Path;

/** Another running copy of the program holds the data folder. */
public class DataFolderInUseException extends Exception {
    private final Path folder;

    public DataFolderInUseException(Path folder) {
        super("data folder in use: " + folder);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
