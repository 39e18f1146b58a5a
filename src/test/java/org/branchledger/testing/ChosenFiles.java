package org.branchledger.testing;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.branchledger.core.ui.FileChooser;

/** File dialogs answered by a test: every open dialog picks the given file, every save dialog is cancelled. */
public final class ChosenFiles implements FileChooser {
    private final Path opened;

    private ChosenFiles(Path opened) {
        this.opened = opened;
    }

    public static ChosenFiles opening(Path file) {
        return new ChosenFiles(file);
    }

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        return Optional.of(opened);
    }

    @Override
    public Optional<Path> save(Window owner, String title, String initialName, String description,
                               String... extensions) {
        return Optional.empty();
    }
}
