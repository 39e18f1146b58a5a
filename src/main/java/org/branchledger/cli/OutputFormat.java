package org.branchledger.cli;

/** Machine-readable output of the reading commands. */
public enum OutputFormat { CSV, JSON }
