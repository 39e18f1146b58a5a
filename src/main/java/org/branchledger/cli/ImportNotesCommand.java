package org.branchledger.cli;

import java.io.PrintStream;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.importing.ImportFileException;
import org.branchledger.notes.NotesImport;

/** {@code import-notes FILE}: reading notes and essays with their review, one row per note. */
final class ImportNotesCommand implements ImportFileCommand {

    @Override
    public String name() {
        return "import-notes";
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        NotesImport.Plan plan;
        try {
            plan = app.notesImport().plan(file(args), branch.id(), Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.skipped(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.notesImport().commit(plan, branch.id(), acceptValid), out, err);
    }
}
