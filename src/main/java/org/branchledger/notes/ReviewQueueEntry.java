package org.branchledger.notes;

/** A note waiting for review: how long it has waited, and whether that is more than a week. */
public record ReviewQueueEntry(ReadingNote note, String memberName, long daysWaiting, boolean overdue) {
}
