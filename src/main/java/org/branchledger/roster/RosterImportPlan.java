package org.branchledger.roster;

import java.util.List;
import java.util.Map;
import org.branchledger.importing.HeaderMatch;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.SkippedSheet;

/**
 * A roster file read and checked, nothing written yet: what the wizard shows and what a command
 * commits.
 *
 * @param sheetName   the one sheet read in a workbook of several, else null (rows name their sheet)
 * @param header      the first table's header; null when the file held only per-person forms
 * @param branchHint  the branch the file names (填报单位 or the title row), for a database with none
 * @param sheetsRead  the sheets read, in workbook order
 * @param skipped     the sheets not read, and why
 * @param columnNotes how some fields were read, in words (codes dropped, a type kept in 党籍状态)
 */
public record RosterImportPlan(String fileName, String sheetName, HeaderMatch header,
                               Map<RosterField, Integer> columns, String branchHint, List<ImportedRow> rows,
                               List<RowRejection> rejections, List<String> sheetsRead, List<SkippedSheet> skipped,
                               Map<RosterField, String> columnNotes) {

    public int rejectedRows() {
        return (int) rejections.stream().map(r -> r.sheet() + "|" + r.rowNumber()).distinct().count();
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
