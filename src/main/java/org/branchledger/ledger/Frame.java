package org.branchledger.ledger;

/**
 * What a page repeats at its head and foot: the ledger's title, branch and period, and its verification code.
 *
 * @param kind what sort of page: a ledger page carries signature lines, a cover no running head
 */
record Frame(Kind kind, String title, String branchName, String period, String verificationCode) {
    enum Kind { LEDGER, CONTENTS, COVER }

    static Frame of(LedgerDocument ledger) {
        return new Frame(Kind.LEDGER, ledger.title(), ledger.branchName(), ledger.period(), ledger.verificationCode());
    }

    boolean runningHead() {
        return kind != Kind.COVER;
    }

    boolean signatures() {
        return kind == Kind.LEDGER;
    }
}
