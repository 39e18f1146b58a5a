package org.branchledger.branch;

/** A branch with its number of current members, as lists show it. */
public record BranchSummary(Branch branch, int currentMembers) {
}
