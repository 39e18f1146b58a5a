package org.branchledger.importing;

/** What an import wrote: the last line every import-* command prints. */
public record ImportCounts(int imported, int updated, int unchanged, int rejected) {

    /** {@code imported=N updated=M unchanged=U rejected=K}. */
    public String line() {
        return "imported=" + imported + " updated=" + updated + " unchanged=" + unchanged + " rejected=" + rejected;
    }
}
