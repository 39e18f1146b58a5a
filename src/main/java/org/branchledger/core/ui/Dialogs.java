package org.branchledger.core.ui;

/** Dialogs behind an interface, so logic never opens windows itself and tests can answer them. */
public interface Dialogs {

    /** Shows a failure: the message of a {@code UserError} as it is, anything else as a generic error. */
    void showError(Throwable error);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true only when the user pressed {@code yes} (取消 and closing answer no). */
    boolean confirm(String title, String message, String yes);

    /** Like {@link #confirm(String, String, String)}, with the other button saying what it does ({@code no}). */
    default boolean confirm(String title, String message, String yes, String no) {
        return confirm(title, message, yes);
    }
}
