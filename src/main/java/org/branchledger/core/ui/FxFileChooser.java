package org.branchledger.core.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/** The platform's file dialogs, starting in the user's home folder. */
public final class FxFileChooser implements FileChooser {

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        javafx.stage.FileChooser chooser = chooser(title, description, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> save(Window owner, String title, String initialName, String description,
                               String... extensions) {
        javafx.stage.FileChooser chooser = chooser(title, description, extensions);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static javafx.stage.FileChooser chooser(String title, String description, String... extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new ExtensionFilter(description, extensions));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
