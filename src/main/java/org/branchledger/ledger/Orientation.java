package org.branchledger.ledger;

/** Page orientation of a ledger; {@link #AUTO} turns to landscape when the tables would be cramped in portrait. */
public enum Orientation { AUTO, PORTRAIT, LANDSCAPE }
