package org.branchledger.safety;

import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/**
 * What a new password must be, in one place for every way one is chosen: the window's dialog, the
 * {@code password} command, and the service that changes it. At least {@value #MIN_LENGTH} characters
 * (a Chinese character counts as one).
 */
public final class PasswordRule {
    public static final int MIN_LENGTH = 6;

    private PasswordRule() {
    }

    /** What is wrong with {@code password} as a new password, in Chinese; null when it is acceptable. */
    public static String problem(CharSequence password) {
        if (password == null || password.codePoints().count() < MIN_LENGTH) {
            return Messages.get("password.error.tooShort", MIN_LENGTH);
        }
        return null;
    }

    /** @throws UserError (exit 2) when {@code password} is not acceptable as a new password */
    public static void check(char[] password) {
        String problem = problem(password == null ? null : java.nio.CharBuffer.wrap(password));
        if (problem != null) {
            throw UserError.badInput(problem);
        }
    }
}
