package org.branchledger.notes;

import java.time.LocalDate;
import java.util.List;

/** A spot check (抽查) by the inspection team: the sample is redrawn from {@code seed}. */
public record SpotCheck(Long id, long branchId, LocalDate checkedOn, String checker, long seed, int sampleSize,
                        List<Item> items) {

    /** One sampled note and what the checker found. */
    public record Item(long noteId, String result) {
    }
}
