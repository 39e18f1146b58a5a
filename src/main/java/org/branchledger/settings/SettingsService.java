package org.branchledger.settings;

import org.branchledger.core.db.Database;

/** The user's preferences, kept in the database of the data folder. */
public final class SettingsService {
    private static final String FONT_SIZE = "ui.fontSize";

    private final Database db;
    private final SettingRepository settings;

    public SettingsService(Database db, SettingRepository settings) {
        this.db = db;
        this.settings = settings;
    }

    public FontSize fontSize() {
        return db.read(c -> settings.get(c, FONT_SIZE)).map(v -> {
            try {
                return FontSize.valueOf(v);
            } catch (IllegalArgumentException e) {
                return FontSize.NORMAL;
            }
        }).orElse(FontSize.NORMAL);
    }

    /** Synchronized: two quick changes must not race to insert the same setting. */
    public synchronized void setFontSize(FontSize size) {
        db.transaction(tx -> {
            settings.put(tx, FONT_SIZE, size.name());
            return null;
        });
    }
}
