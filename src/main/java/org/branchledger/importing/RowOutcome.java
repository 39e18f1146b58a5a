package org.branchledger.importing;

/** What importing one row would do: a new record, a changed one, or nothing (the same file twice). */
public enum RowOutcome { NEW, UPDATED, UNCHANGED }
