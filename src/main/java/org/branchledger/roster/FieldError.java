package org.branchledger.roster;

/** What is wrong with one field of a member, in words the secretary understands. */
public record FieldError(RosterField field, String message) {

    /** e.g. {@code 公民身份号码: 校验位错误}. */
    @Override
    public String toString() {
        return field.label() + ": " + message;
    }
}
