package org.branchledger.demo;

import org.branchledger.branch.Branch;

/** What the demo generator wrote. */
public record DemoResult(Branch branch, int members) {
}
