package org.branchledger.importing;

import java.util.List;

/** An opened .xlsx, .xls or .csv file; see {@link TableFiles#open}. */
public interface TableFile extends AutoCloseable {
    /** Just the file name, for messages. */
    String fileName();

    /** The sheets in workbook order; a CSV has exactly one, named after the file. */
    List<TableSheet> sheets();

    @Override
    void close();
}
