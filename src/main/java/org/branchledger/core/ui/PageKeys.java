package org.branchledger.core.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** A page's own shortcuts (Ctrl+N …): active while the page is in a window, gone when it leaves. */
public final class PageKeys {
    private PageKeys() {
    }

    public static void install(Node page, Map<KeyCombination, Runnable> keys) {
        if (page.getScene() != null) {
            page.getScene().getAccelerators().putAll(keys);
        }
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                keys.forEach(old.getAccelerators()::remove);
            }
            if (scene != null) {
                scene.getAccelerators().putAll(keys);
            }
        });
    }
}
