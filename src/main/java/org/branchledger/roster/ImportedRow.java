package org.branchledger.roster;

/** A checked roster row and what importing it would do. */
public record ImportedRow(int rowNumber, Member member, Outcome outcome) {

    /** New ID → imported; known ID → updated; identical → unchanged. */
    public enum Outcome { NEW, UPDATED, UNCHANGED }
}
