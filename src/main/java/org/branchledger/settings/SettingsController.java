package org.branchledger.settings;

import org.branchledger.core.ui.FontSize;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Selection;

/** 设置: text size (applied at once and remembered) and where the data lives. */
public final class SettingsController {
    private final SettingsService settings;
    private final Selection selection;
    private final Tasks tasks;
    private final DataFolder folder;

    @FXML private ComboBox<FontSize> fontSize;
    @FXML private Label dataFolder;
    @FXML private Label saved;

    public SettingsController(SettingsService settings, Selection selection, Tasks tasks, DataFolder folder) {
        this.settings = settings;
        this.selection = selection;
        this.tasks = tasks;
        this.folder = folder;
    }

    @FXML
    private void initialize() {
        fontSize.getItems().setAll(FontSize.values());
        fontSize.setValue(selection.fontSize().get());
        fontSize.valueProperty().addListener((obs, old, size) -> {
            if (size != null && size != selection.fontSize().get()) {
                selection.fontSize().set(size);
                tasks.run(() -> {
                    settings.setFontSize(size);
                    return size;
                }).onSuccess(s -> saved.setText(Messages.get("settings.saved"))).start();
            }
        });
        dataFolder.setText(folder.path().toString());
    }
}
