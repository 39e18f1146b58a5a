package org.branchledger.testing;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.branchledger.core.ui.FileChooser;

/** File dialogs answered by a test: open dialogs pick one file, save dialogs another (null: cancelled). */
public final class ChosenFiles implements FileChooser {
    private final Path opened;
    private final Path saved;
    private String offeredName;

    private ChosenFiles(Path opened, Path saved) {
        this.opened = opened;
        this.saved = saved;
    }

    /** Every open dialog picks {@code file}; every save dialog is cancelled. */
    public static ChosenFiles opening(Path file) {
        return new ChosenFiles(file, null);
    }

    /** Every save dialog answers {@code file}; every open dialog is cancelled. */
    public static ChosenFiles saving(Path file) {
        return new ChosenFiles(null, file);
    }

    /** The file name the last save dialog offered. */
    public String offeredName() {
        return offeredName;
    }

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        return Optional.ofNullable(opened);
    }

    @Override
    public Optional<Path> save(Window owner, String title, String initialName, String description,
                               String... extensions) {
        offeredName = initialName;
        return Optional.ofNullable(saved);
    }
}
