package org.branchledger.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.branchledger.core.ExitCode;
import org.branchledger.core.i18n.Messages;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.SkippedSheet;

/**
 * The end every import-* command shares: each rejected row on stderr, then nothing written (a dry run,
 * or rejections without --accept-valid) or the commit, and always the counts as the last stdout line:
 * what was written, or for a dry run what would be.
 */
final class ImportOutcome {
    private ImportOutcome() {
    }

    /**
     * @param would  the counts if the valid rows were written
     * @param commit writes the valid rows (given --accept-valid) and returns what was written
     */
    static ExitCode report(String fileName, String sheetName, List<SkippedSheet> skipped, List<RowRejection> rejections,
                           ImportCounts would,
                           CommandArgs args, Function<Boolean, ImportCounts> commit, PrintStream out,
                           PrintStream err) {
        skipped.forEach(s -> err.println(s.line(fileName)));
        rejections.forEach(r -> err.println(r.line(fileName, sheetName)));
        boolean acceptValid = args.flag("--accept-valid");
        ImportCounts counts;
        if (args.flag("--dry-run")) {
            // what would be written: the valid rows given --accept-valid or no rejections, else nothing
            counts = would.rejected() > 0 && !acceptValid ? new ImportCounts(0, 0, 0, would.rejected()) : would;
            err.println(Messages.get("cli.import.dryRun", fileName));
        } else {
            counts = commit.apply(acceptValid);
            if (counts.rejected() > 0 && !acceptValid) {
                err.println(Messages.get("cli.import.nothingWritten", counts.rejected(), fileName));
            }
        }
        out.println(counts.line());
        return counts.rejected() > 0 ? ExitCode.REJECTED_ROWS : ExitCode.DONE;
    }
}
