package org.branchledger.importing;

/** One sheet of a {@link TableFile}. */
public interface TableSheet {
    String name();

    /**
     * The rows that exist in the file, in order; rows absent from the file (never written) are simply
     * not there, so numbers can jump. May be called more than once; each call reads the sheet again,
     * streaming. Close the iterator (try-with-resources).
     */
    CloseableIterator<SheetRow> rows() throws ImportFileException;

    /** True for a sheet hidden in Excel (often lookup lists for drop-downs). */
    default boolean hidden() {
        return false;
    }
}
