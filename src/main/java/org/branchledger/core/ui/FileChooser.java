package org.branchledger.core.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Choosing files, behind an interface so tests can answer without a native dialog. */
public interface FileChooser {

    /** @param extensions e.g. {@code "*.xlsx"} */
    Optional<Path> open(Window owner, String title, String description, String... extensions);

    Optional<Path> save(Window owner, String title, String initialName, String description, String... extensions);
}
