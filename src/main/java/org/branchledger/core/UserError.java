package org.branchledger.core;

/**
 * A problem the user can understand and fix, with a Chinese message fit to show as it is (in a dialog
 * or as one line on stderr) and the exit code a command ends with.
 */
public class UserError extends RuntimeException {
    private final ExitCode exitCode;

    public UserError(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static UserError badInput(String message) {
        return new UserError(ExitCode.BAD_INPUT, message);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
