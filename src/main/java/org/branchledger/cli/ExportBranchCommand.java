package org.branchledger.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.township.BranchPackages;

/**
 * {@code export-branch [--branch NAME] [--year YYYY] --out FILE.blpkg [--with-pages] [--password]}: the branch's
 * package for the township (上报数据包). The password comes from BRANCH_LEDGER_PACKAGE_PASSWORD or standard input.
 */
final class ExportBranchCommand implements Command {
    private final Passwords passwords;

    ExportBranchCommand(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "export-branch";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--branch", "--year", "--out");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--with-pages", "--password");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        String target = args.value("--out").filter(s -> !s.isBlank()).orElseThrow(() ->
                UserError.badInput(Messages.get("cli.error.missingValue", "--out")));
        Integer year = args.value("--year").isPresent() ? args.intValue("--year", 0, 2000, 2100) : null;
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        char[] password = null;
        if (args.flag("--password")) {
            password = passwords.forNewPackage();
            if (password == null) {
                throw UserError.badInput(Messages.get("township.export.error.noPassword", Passwords.PACKAGE_VARIABLE));
            }
        }
        Path file = target(target, branch, year, LocalDate.now(app.todayClock()));
        try {
            BranchPackages.Made made = app.township().packages().export(branch, year, file, args.flag("--with-pages"),
                    password);
            out.println(made.summary(branch.name()));
            return ExitCode.DONE;
        } catch (IOException e) {
            throw UserError.badInput(Messages.get("township.export.error.write", file, e.getMessage()));
        }
    }

    /** Exactly the file named; inside a folder (an existing one, or a path ending in a separator), a named file. */
    static Path target(String out, Branch branch, Integer year, LocalDate today) {
        Path path = Path.of(out);
        boolean folder = out.endsWith("/") || out.endsWith(File.separator) || Files.isDirectory(path);
        if (!folder) {
            return path;
        }
        return path.resolve(BranchPackages.fileName(branch, year, today));
    }
}
