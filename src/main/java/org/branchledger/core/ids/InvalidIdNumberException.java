package org.branchledger.core.ids;

/**
 * A text that is not a valid 公民身份号码 (citizen identity number, GB 11643-1999).
 * The message is the Chinese reason, ready to show to the user, e.g. {@code 校验位错误}.
 */
public class InvalidIdNumberException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidIdNumberException(String reason) {
        super(reason);
    }
}
