package org.branchledger.core.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Text that wraps instead of ending in "…": at 特大 on a 1366×768 screen a summary or a hint needs two lines,
 * and a layout that squeezes a wrapping label to one line cuts it off. Dates stay whole across a wrap.
 */
public final class Wrapping {
    /** A date or a month written with hyphens: 2026-12-07, 2026-12. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?!\\d)");
    /** U+2011 NON-BREAKING HYPHEN: looks like "-", never a place to break a line (the font has it). */
    static final char NO_BREAK_HYPHEN = '\u2011';

    private Wrapping() {
    }

    /** {@code text} with the hyphens inside its dates made unbreakable, so "2026-12-07" never splits over two lines. */
    public static String keepDatesWhole(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace('-', NO_BREAK_HYPHEN)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code message} as shown: its dates kept whole. */
    public static ObservableStringValue keepDatesWhole(ObservableStringValue message) {
        return Bindings.createStringBinding(() -> keepDatesWhole(message.get()), message);
    }

    /**
     * Every wrapping label under {@code root} (inside tabs, split panes and scroll panes too) keeps the height its
     * lines need: a table beside it shrinks instead.
     */
    public static void settle(Node root) {
        if (root instanceof Label label && label.isWrapText() && label.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (root instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    settle(tab.getContent());
                }
            }
        } else if (root instanceof SplitPane split) {
            split.getItems().forEach(Wrapping::settle);
        } else if (root instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                settle(scroll.getContent());
            }
        } else if (root instanceof TitledPane titled) {
            if (titled.getContent() != null) {
                settle(titled.getContent());
            }
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Wrapping::settle);
        }
    }
}
