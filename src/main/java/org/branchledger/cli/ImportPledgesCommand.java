package org.branchledger.cli;

import java.io.PrintStream;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.importing.ImportFileException;
import org.branchledger.pledge.PledgeImport;

/** {@code import-pledges FILE}: pledges with their steps, one row per pledge. */
final class ImportPledgesCommand implements ImportFileCommand {

    @Override
    public String name() {
        return "import-pledges";
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        PledgeImport.Plan plan;
        try {
            plan = app.pledgeImport().plan(file(args), branch.id(), Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.skipped(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.pledgeImport().commit(plan, branch.id(), acceptValid), out, err);
    }
}
