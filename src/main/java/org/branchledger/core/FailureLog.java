package org.branchledger.core;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.branchledger.core.db.DataFolder;

/**
 * Keeps the stack trace of an unexpected failure for the developers, never on the user's screen. The log is
 * a plain file: in a folder with a password only the kinds of failure and where they happened are written,
 * never their messages (H2's, for one, quote the values of the statement that failed: names, ID numbers).
 */
public final class FailureLog {
    private FailureLog() {
    }

    /** Appends the failure, stamped by {@code clock}, to {@code logs/error.log} of the folder; returns that file's path. */
    public static String record(DataFolder folder, Throwable e, Clock clock) {
        String trace = folder.hasPassword() ? withoutMessages(e) : full(e);
        Path log = folder.logs().resolve("error.log");
        try {
            Files.createDirectories(folder.logs());
            Files.writeString(log, LocalDateTime.now(clock) + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            org.branchledger.core.db.Permissions.protect(folder.logs());
            org.branchledger.core.db.Permissions.protect(log);
            return log.toString();
        } catch (IOException io) {
            return "-";
        }
    }

    private static String full(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** The chain of causes: each one's class and stack frames, no message. */
    static String withoutMessages(Throwable e) {
        StringBuilder s = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            s.append(t == e ? "" : "Caused by: ").append(t.getClass().getName())
                    .append(" (message not logged: the data folder has a password)\n");
            for (StackTraceElement frame : t.getStackTrace()) {
                s.append("\tat ").append(frame).append('\n');
            }
        }
        return s.toString();
    }
}
