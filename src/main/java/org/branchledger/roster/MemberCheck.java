package org.branchledger.roster;

import java.util.List;

/** The outcome of checking a member's fields: the member, or what is wrong. */
public record MemberCheck(Member member, List<FieldError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
