package org.branchledger.ledger;

/** A part of a ledger's body: a table or lines of text. */
public sealed interface Section permits TableSection, TextSection {
}
