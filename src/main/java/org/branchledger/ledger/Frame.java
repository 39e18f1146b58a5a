package org.branchledger.ledger;

/**
 * What a page repeats at its head and foot: the ledger's title, branch and period, and its verification code.
 *
 * @param kind what sort of page: a ledger page carries signature lines, a cover no running head
 * @param signers whose signature lines a ledger page carries
 */
record Frame(Kind kind, String title, String branchName, String period, String verificationCode,
             Signatures signers) {
    enum Kind { LEDGER, CONTENTS, COVER }

    Frame(Kind kind, String title, String branchName, String period, String verificationCode) {
        this(kind, title, branchName, period, verificationCode, Signatures.BRANCH);
    }

    static Frame of(LedgerDocument ledger) {
        return new Frame(Kind.LEDGER, ledger.title(), ledger.branchName(), ledger.period(), ledger.verificationCode(),
                ledger.signatures());
    }

    boolean runningHead() {
        return kind != Kind.COVER;
    }

    boolean signatures() {
        return kind == Kind.LEDGER;
    }
}
