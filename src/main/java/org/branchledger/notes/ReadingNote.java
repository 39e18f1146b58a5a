package org.branchledger.notes;

import java.time.LocalDate;

/**
 * One reading note or essay and its review (DOMAIN.md §3). A note is reviewed once it has a review date.
 *
 * @param body typed text, or null for handwritten notes
 */
public record ReadingNote(Long id, long branchId, long memberId, LocalDate writtenOn, NoteKind kind, String title,
                          int wordCount, String body, String reviewer, LocalDate reviewedOn, String reviewComment,
                          Grade grade) {

    public boolean reviewed() {
        return reviewedOn != null;
    }

    /** Whether it counts toward the essay rule at all: a reviewed essay not sent back for revision. */
    public boolean countableEssay() {
        return kind == NoteKind.ESSAY && reviewed() && grade != Grade.REVISE;
    }

    public ReadingNote withReview(String newReviewer, LocalDate on, String comment, Grade newGrade) {
        return new ReadingNote(id, branchId, memberId, writtenOn, kind, title, wordCount, body, newReviewer, on,
                comment, newGrade);
    }

    public ReadingNote withId(Long newId) {
        return new ReadingNote(newId, branchId, memberId, writtenOn, kind, title, wordCount, body, reviewer,
                reviewedOn, reviewComment, grade);
    }
}
