package org.branchledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.importing.ImportFileException;
import org.branchledger.study.Hours;
import org.branchledger.study.StudyImport;

/**
 * {@code import-study FILE [--kind KIND] [--hours H]}: sessions, attendance and self-study, one row per
 * member per session or a sign-in matrix; --kind and --hours give what the file does not say.
 */
final class ImportStudyCommand implements ImportFileCommand {

    @Override
    public String name() {
        return "import-study";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--branch", "--kind", "--hours");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        Path file = file(args);
        StudyImport.Options options = options(args, fileName(file));
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        StudyImport.Plan plan;
        try {
            plan = app.studyImport().plan(file, branch.id(), options, Progress.NONE);
        } catch (ImportFileException e) {
            throw UserError.badInput(e.getMessage());
        }
        return ImportOutcome.report(plan.fileName(), plan.sheetName(), plan.skipped(), plan.rejections(), plan.wouldWrite(), args,
                acceptValid -> app.studyImport().commit(plan, branch.id(), acceptValid), out, err);
    }

    /** --kind and --hours, checked before the file is read (exit 2 naming the accepted values). */
    private static StudyImport.Options options(CommandArgs args, String fileName) {
        String kind = args.value("--kind").map(String::strip).orElse(null);
        if (kind != null && !StudyImport.kindLabels().contains(kind)) {
            throw UserError.badInput(Messages.get("cli.import-study.badKind", fileName, kind,
                    String.join("、", StudyImport.kindLabels())));
        }
        Integer hours = null;
        if (args.value("--hours").isPresent()) {
            try {
                hours = Hours.parse(args.value("--hours").get());
            } catch (IllegalArgumentException e) {
                throw UserError.badInput(Messages.get("cli.import-study.badHours", fileName, e.getMessage()));
            }
        }
        return new StudyImport.Options(kind, hours);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
