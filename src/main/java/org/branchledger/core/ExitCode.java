package org.branchledger.core;

/** The exit codes of the command-line contract (../shared/CLI.md). */
public enum ExitCode {
    DONE(0), FAILURE(1), BAD_INPUT(2), REJECTED_ROWS(3), IN_USE(4), CHANGED(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
