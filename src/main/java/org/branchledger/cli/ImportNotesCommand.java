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
import org.branchledger.notes.NotesImport;

/** {@code import-notes FILE}: reading notes and essays with their review, one row per note. */
final class ImportNotesCommand implements Command {

    @Override
    public String name() {
        return "import-notes";
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
        NotesImport.Plan plan;
        try {
            plan = app.notesImport().plan(Path.of(args.positionals().get(0)), branch.id(), Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.notesImport().commit(plan, branch.id(), acceptValid), out, err);
    }
}
