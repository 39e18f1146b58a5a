package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.importing.ImportFileException;
import org.branchledger.study.StudyImport;

/** {@code import-study FILE}: sessions, attendance and self-study, one row per member per session. */
final class ImportStudyCommand implements Command {

    @Override
    public String name() {
        return "import-study";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--branch");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--accept-valid", "--dry-run");
    }

    @Override
    public int maxPositionals() {
        return 1;
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("cli.error.fileRequired", name()));
        }
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        StudyImport.Plan plan;
        try {
            plan = app.studyImport().plan(Path.of(args.positionals().get(0)), branch.id(), Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.studyImport().commit(plan, branch.id(), acceptValid), out, err);
    }
}
