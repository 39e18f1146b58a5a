package org.branchledger.settings;

import org.branchledger.core.ui.FontSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.branchledger.core.db.Database;

/**
 * The user's preferences, kept in the database of the data folder. The font size is also noted in a
 * small file beside it ({@code cache/font-size}), read when the app is made, so that the window's first
 * frame already has the size the secretary chose instead of growing a moment later.
 */
public final class SettingsService {
    private static final String FONT_SIZE = "ui.fontSize";

    private final Database db;
    private final SettingRepository settings;
    private final Path hintFile;
    private final FontSize lastKnown;
    private volatile FontSize hinted;

    public SettingsService(Database db, SettingRepository settings, Path hintFile) {
        this.db = db;
        this.settings = settings;
        this.hintFile = hintFile;
        this.lastKnown = readHint(hintFile);
        this.hinted = lastKnown;
    }

    /** The font size as last read or set (from the file, so no database is needed yet). */
    public FontSize lastKnownFontSize() {
        return lastKnown;
    }

    public FontSize fontSize() {
        if (perComputer()) {
            return hinted;
        }
        FontSize size = db.read(c -> settings.get(c, FONT_SIZE)).map(SettingsService::parse).orElse(FontSize.NORMAL);
        note(size);
        return size;
    }

    /** Synchronized: two quick changes must not race to insert the same setting. */
    public synchronized void setFontSize(FontSize size) {
        if (perComputer()) {
            note(size);
            return;
        }
        db.transaction(tx -> {
            settings.put(tx, FONT_SIZE, size.name());
            return null;
        });
        note(size);
    }

    /**
     * On an office's shared server the font size is each computer's own (issue 21: local settings stay in the
     * data folder): one secretary's 特大 is not everyone's. It lives in the folder's file alone.
     */
    private boolean perComputer() {
        return db.engine() != org.branchledger.core.db.Engine.H2;
    }

    private void note(FontSize size) {
        if (size == hinted) {
            return;
        }
        try {
            Files.createDirectories(hintFile.getParent());
            Files.writeString(hintFile, size.name(), StandardCharsets.UTF_8);
            org.branchledger.core.db.Permissions.protect(hintFile.getParent());
            org.branchledger.core.db.Permissions.protect(hintFile);
            hinted = size;
        } catch (IOException e) {
            // only a hint: the database has the setting
        }
    }

    private static FontSize readHint(Path file) {
        try {
            return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8).strip()) : FontSize.NORMAL;
        } catch (IOException e) {
            return FontSize.NORMAL;
        }
    }

    private static FontSize parse(String name) {
        try {
            return FontSize.valueOf(name);
        } catch (IllegalArgumentException e) {
            return FontSize.NORMAL;
        }
    }
}
