package org.branchledger.notes;

/** A scanned page of a note: the file's name and where it is kept, relative to the data folder. */
public record Attachment(Long id, long noteId, String fileName, String storedPath) {
}
