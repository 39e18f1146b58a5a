package org.branchledger.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/**
 * {@code ledger pack --all-branches --out DIR/}: the township's batch, one inspection pack (督查材料包) per branch,
 * each a PDF named after its branch ({@code 东风村党支部-督查材料包-2026.pdf}), printed and recorded like any pack.
 */
final class PackAllBranches {
    private PackAllBranches() {
    }

    static ExitCode run(App app, int year, boolean fullIds, String outArg, PrintStream out) {
        if (outArg == null || outArg.isBlank()) {
            throw UserError.badInput(Messages.get("township.pack.error.folder", outArg == null ? "" : outArg));
        }
        Path dir = Path.of(outArg);
        if (!(outArg.endsWith("/") || outArg.endsWith(File.separator) || Files.isDirectory(dir))) {
            throw UserError.badInput(Messages.get("township.pack.error.folder", outArg));
        }
        List<Branch> branches = app.branches().all();
        if (branches.isEmpty()) {
            throw UserError.badInput(Messages.get("branch.error.none"));
        }
        for (Branch b : branches) {
            Path target = dir.resolve(b.name().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "-督查材料包-" + year + ".pdf");
            try {
                Files.createDirectories(dir);
                Path partial = dir.resolve("." + target.getFileName() + ".part");
                LedgerService.Printed printed;
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    printed = app.ledgers().print(LedgerService.PACK, new LedgerRequest(b, year, fullIds, null),
                            LedgerService.Format.PDF, stream);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(partial);
                    throw e;
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                out.println(Messages.get("cli.ledger.writtenWithCode", target, printed.code()));
            } catch (IOException e) {
                throw UserError.badInput(Messages.get("cli.ledger.cannotWrite", target, e.getMessage()));
            }
        }
        out.println(Messages.get("township.pack.done", String.valueOf(branches.size()), dir.toAbsolutePath()));
        return ExitCode.DONE;
    }
}
