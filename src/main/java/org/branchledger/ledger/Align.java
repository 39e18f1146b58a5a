package org.branchledger.ledger;

/** Horizontal alignment of a column's cells; header cells are always centred. */
public enum Align { LEFT, CENTER, RIGHT }
