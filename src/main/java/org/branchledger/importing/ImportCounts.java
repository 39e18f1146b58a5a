package org.branchledger.importing;

/** What an import wrote: the last line every import-* command prints. */
public record ImportCounts(int imported, int updated, int unchanged, int rejected) {
    /** Nothing read, nothing written: the line an import that could not read its file ends with. */
    public static final ImportCounts NOTHING = new ImportCounts(0, 0, 0, 0);

    /** What a checked file would write: its rows' outcomes, and the rows rejected (once each, however many problems). */
    public static ImportCounts of(java.util.Collection<RowOutcome> outcomes, java.util.List<RowRejection> rejections) {
        int rejected = (int) rejections.stream().map(r -> r.sheet() + "|" + r.rowNumber()).distinct().count();
        return new ImportCounts(count(outcomes, RowOutcome.NEW), count(outcomes, RowOutcome.UPDATED),
                count(outcomes, RowOutcome.UNCHANGED), rejected);
    }

    private static int count(java.util.Collection<RowOutcome> outcomes, RowOutcome o) {
        return (int) outcomes.stream().filter(x -> x == o).count();
    }

    /** {@code imported=N updated=M unchanged=U rejected=K}. */
    public String line() {
        return "imported=" + imported + " updated=" + updated + " unchanged=" + unchanged + " rejected=" + rejected;
    }
}
