package org.branchledger.core.db;

import java.io.IOException;

/** A staged file of a journalled step that no longer matches what the journal recorded (a disk fault). */
final class DamagedStagingException extends IOException {
    DamagedStagingException(String target) {
        super("staged file does not match the journal: " + target);
    }
}
