package org.branchledger.ledger;

/**
 * One kind of ledger a feature prints (花名册, 签到表 …): the feature builds its title, columns and
 * rows; the engine lays them out and the pack collects them.
 */
public interface LedgerKind {

    /** The command-line name, e.g. {@code roster}. */
    String name();

    /** The printed title, e.g. 党员花名册. */
    String title();

    /** 公示 kinds are posted publicly: they never carry ID numbers, phones or addresses. */
    default boolean isPublic() {
        return false;
    }

    /** Whether printing it publishes something for a 公示期, which is asked for first (公开承诺公示表). */
    default boolean needsNotice() {
        return false;
    }

    /**
     * A ledger over every branch the data holds (the township's): not part of a branch's pack nor of a branch's
     * list in the window; the request's branch only says under which branch the print is recorded.
     */
    default boolean everyBranch() {
        return false;
    }

    /** Whether it needs a session date ({@code --session}); such kinds are not in the pack. */
    default boolean needsSession() {
        return false;
    }

    /**
     * Why the ledger cannot be printed on its own now (a public notice of something not yet decided), in words for
     * the user; empty when it can. The pack still takes such a kind: its {@link #build} then says what is missing.
     */
    default java.util.Optional<String> notReady(LedgerRequest request) {
        return java.util.Optional.empty();
    }

    /**
     * What printing the ledger records besides the print log, in the same transaction (a 公示表 records its
     * pledges as published). Nothing by default.
     */
    default void printed(org.jooq.DSLContext tx, LedgerRequest request) {
    }

    /** The ledger for the request, without a verification code (the service adds it). */
    LedgerDocument build(LedgerRequest request);

    /**
     * The ledger as printed with an earlier layout version ({@code LedgerLayout.VERSION}), for {@code verify} of
     * an old print: a kind whose rows changed with a layout builds them as they were then. The current rows by
     * default.
     */
    default LedgerDocument build(LedgerRequest request, int layoutVersion) {
        return build(request);
    }

    /**
     * A workbook of the kind's own layout instead of the printed one (the roster's national 汇总表),
     * or false to use the engine's .xlsx of {@link #build}.
     */
    default boolean writeOwnXlsx(LedgerRequest request, java.io.OutputStream out) throws java.io.IOException {
        return false;
    }
}
