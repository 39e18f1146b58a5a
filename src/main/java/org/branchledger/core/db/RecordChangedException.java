package org.branchledger.core.db;

import java.util.List;

/**
 * An edit form's save refused: since the form loaded the record, someone else changed it (or deleted it), and
 * writing the form would silently overwrite that (issue 21, decision 0025). Nothing of the save was written.
 */
public final class RecordChangedException extends RuntimeException {
    /** One field the other person changed: its label, the value the form loaded, and theirs now. */
    public record FieldChange(String field, String loaded, String theirs) {
    }

    private final transient List<FieldChange> changes;
    private final transient Object theirs;

    /**
     * @param changes what the other person changed, field by field (empty when the record was deleted)
     * @param theirs  the record as it is now, in the feature's own type; null when it was deleted
     */
    public RecordChangedException(List<FieldChange> changes, Object theirs) {
        super(theirs == null ? "record deleted by someone else" : "record changed by someone else: " + changes);
        this.changes = List.copyOf(changes);
        this.theirs = theirs;
    }

    public List<FieldChange> changes() {
        return changes;
    }

    /** Whether the other person deleted the record: there is nothing left to save over. */
    public boolean deleted() {
        return theirs == null;
    }

    /** The record as it is now, for a save that overwrites it on purpose (用我的覆盖); null when deleted. */
    public <T> T theirs(Class<T> type) {
        return type.cast(theirs);
    }
}
