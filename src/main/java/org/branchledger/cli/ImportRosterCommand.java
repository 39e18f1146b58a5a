package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.importing.ImportFileException;
import org.branchledger.roster.RosterImportPlan;

/** {@code import-roster FILE}: brings in the roster a secretary already keeps in Excel, WPS or CSV. */
final class ImportRosterCommand implements ImportFileCommand {

    @Override
    public String name() {
        return "import-roster";
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        Path file = file(args);
        Optional<String> wanted = args.value("--branch");
        Optional<Branch> existing = wanted.isPresent()
                ? app.branches().all().stream().filter(b -> b.name().equals(wanted.get().strip())).findFirst()
                : app.branches().resolveIfAny(null);
        RosterImportPlan plan;
        try {
            plan = app.rosterImport().plan(file, existing.map(Branch::id).orElse(null), Map.of(), Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        Branch branch = existing.orElseGet(() -> newBranch(wanted.orElse(plan.branchHint()), file));
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.skipped(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.rosterImport().commit(plan, branch, acceptValid), out, err);
    }

    private static Branch newBranch(String name, Path file) {
        String chosen = name != null && !name.isBlank() ? name.strip()
                : file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return Branch.named(chosen, BranchKind.guess(chosen));
    }
}
