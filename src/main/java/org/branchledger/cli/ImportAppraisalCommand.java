package org.branchledger.cli;

import java.io.PrintStream;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.appraisal.AppraisalImport;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.importing.ImportFileException;

/** {@code import-appraisal FILE --year YYYY}: the appraisal tally sheet, one row per member. */
final class ImportAppraisalCommand implements ImportFileCommand {

    @Override
    public String name() {
        return "import-appraisal";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--branch", "--year");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.value("--year").isEmpty()) {
            throw UserError.badInput(Messages.get("appraisal.cli.yearRequired"));
        }
        int year = args.intValue("--year", 0, 2000, 2100);
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        AppraisalImport.Plan plan;
        try {
            plan = app.appraisalImport().plan(file(args), branch.id(), year, Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.skipped(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.appraisalImport().commit(plan, branch.id(), acceptValid), out, err);
    }
}
