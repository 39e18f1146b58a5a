package org.branchledger.core;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Where libraries that log through {@link System.Logger} (JavaFX, jOOQ) write: warnings and errors to
 * stderr, one line each; quieter levels are dropped. Registered as the JDK's logger finder so that
 * {@code java.util.logging} is not started for them: its set-up and its date formatting cost the
 * window's start about 25 ms (JavaFX logs a warning while its toolkit starts).
 */
public final class ConsoleLoggerFinder extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new ConsoleLogger(name);
    }

    private record ConsoleLogger(String name) implements System.Logger {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= Level.WARNING.getSeverity() && level != Level.OFF;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                System.err.println(level.getName() + " " + name + ": " + msg
                        + (thrown == null ? "" : " (" + thrown + ")"));
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                log(level, bundle, params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                        (Throwable) null);
            }
        }

        @Override
        public void log(Level level, Supplier<String> msgSupplier) {
            if (isLoggable(level)) {
                log(level, null, msgSupplier.get(), (Throwable) null);
            }
        }
    }
}
