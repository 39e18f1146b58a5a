package org.branchledger.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one zh_CN message bundle: every word a user reads comes from here. */
public final class Messages {
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", LOCALE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text of a key, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key: " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }
}
