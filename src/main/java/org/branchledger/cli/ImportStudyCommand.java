package org.branchledger.cli;

import java.io.PrintStream;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.importing.ImportFileException;
import org.branchledger.study.StudyImport;

/** {@code import-study FILE}: sessions, attendance and self-study, one row per member per session. */
final class ImportStudyCommand implements ImportFileCommand {

    @Override
    public String name() {
        return "import-study";
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        StudyImport.Plan plan;
        try {
            plan = app.studyImport().plan(file(args), branch.id(), Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.studyImport().commit(plan, branch.id(), acceptValid), out, err);
    }
}
