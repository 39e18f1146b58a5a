package org.branchledger.branch;

import org.branchledger.core.branch.Branch;

/** A branch with its number of current members, as lists show it. */
public record BranchSummary(Branch branch, int currentMembers) {
}
