package org.branchledger.roster;

/**
 * A checked roster row and what importing it would do.
 *
 * @param sheet    the row's sheet when the workbook has several, else null
 * @param legacyId the file gave an old 15-digit ID number, converted to 18 digits
 */
public record ImportedRow(String sheet, int rowNumber, Member member, Outcome outcome, boolean legacyId) {

    /** New ID → imported; known ID → updated; identical → unchanged. */
    public enum Outcome { NEW, UPDATED, UNCHANGED }
}
