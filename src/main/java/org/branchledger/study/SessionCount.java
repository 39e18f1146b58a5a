package org.branchledger.study;

/** A session's 应到 (members with an attendance row) and 实到 (出席 only: 送课上门 and 补课 were not there). */
public record SessionCount(int expected, int present) {
    static final SessionCount NONE = new SessionCount(0, 0);
}
