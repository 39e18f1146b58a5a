package org.branchledger.township;

import java.time.LocalDateTime;

/**
 * What receiving a package did.
 *
 * @param previous when the package held before was made (null: the branch is new here)
 * @param changes  what changed since that package; null when nothing was written
 */
public record Receipt(Outcome outcome, String branchName, PackageManifest manifest, String checksumCode,
                      LocalDateTime previous, BranchChanges changes) {
    public enum Outcome {
        /** A branch the township did not hold. */
        ADDED,
        /** The branch's older package replaced, whole. */
        REPLACED,
        /** The very package held already: nothing written. */
        UNCHANGED
    }
}
