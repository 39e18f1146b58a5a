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
import org.branchledger.core.db.DataFolder;

/** Keeps the stack trace of an unexpected failure for the developers, never on the user's screen. */
public final class FailureLog {
    private FailureLog() {
    }

    /** Appends the failure, stamped by {@code clock}, to {@code logs/error.log} of the folder; returns that file's path. */
    public static String record(DataFolder folder, Throwable e, Clock clock) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
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
}
