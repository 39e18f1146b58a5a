package org.branchledger.roster;

import java.util.List;
import java.util.Map;
import org.branchledger.importing.HeaderMatch;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.RowRejection;

/**
 * A roster file read and checked, nothing written yet: what the wizard shows and what a command
 * commits.
 *
 * @param branchHint the branch the file names (填报单位 or the title row), for a database with none
 */
public record RosterImportPlan(String fileName, String sheetName, HeaderMatch header,
                               Map<RosterField, Integer> columns, String branchHint, List<ImportedRow> rows,
                               List<RowRejection> rejections) {

    public int rejectedRows() {
        return (int) rejections.stream().mapToInt(RowRejection::rowNumber).distinct().count();
    }

    /** The counts as they would be if the valid rows were written. */
    public ImportCounts wouldWrite() {
        return new ImportCounts(count(ImportedRow.Outcome.NEW), count(ImportedRow.Outcome.UPDATED),
                count(ImportedRow.Outcome.UNCHANGED), rejectedRows());
    }

    private int count(ImportedRow.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
