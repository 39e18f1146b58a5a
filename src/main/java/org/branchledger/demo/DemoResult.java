package org.branchledger.demo;

import org.branchledger.core.branch.Branch;

/** What the demo generator wrote. */
public record DemoResult(Branch branch, int members) {
}
