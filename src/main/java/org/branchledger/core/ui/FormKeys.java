package org.branchledger.core.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard in forms as people expect it: Tab leaves a multi-line field for the next one (Shift+Tab goes
 * back) instead of typing a tab character into it; Ctrl+Tab types one, for the rare text that needs it.
 */
public final class FormKeys {
    private FormKeys() {
    }

    /** Makes Tab move on from every text area under {@code root} (a window's root or a dialog pane). */
    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, FormKeys::tab);
    }

    /** Set while the text area is handed its own Ctrl+Tab, which this filter must let through. */
    private static boolean moving;

    static void tab(KeyEvent e) {
        if (moving || e.getCode() != KeyCode.TAB || !(e.getTarget() instanceof TextArea area) || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        e.consume();
        if (e.isControlDown()) {
            if (area.isEditable() && !e.isShiftDown()) {
                area.replaceSelection("\t");
            }
            return;
        }
        // The text area's own Ctrl+Tab (Ctrl+Shift+Tab) moves the focus on (back): the same way as every field.
        KeyEvent move = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false);
        moving = true;
        try {
            Event.fireEvent(area, move);
        } finally {
            moving = false;
        }
    }
}
