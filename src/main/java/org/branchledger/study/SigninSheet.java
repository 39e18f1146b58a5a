package org.branchledger.study;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.branchledger.core.branch.Branch;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/**
 * 学习签到表 of one session from the window, printed as the command prints it (verification code, print log),
 * written to a file only once complete.
 */
public final class SigninSheet {
    private final LedgerService ledgers;

    public SigninSheet(LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    /** Writes the session's sheet as PDF to {@code target}; answers its verification code. Not on the FX thread. */
    public String print(Branch branch, StudySession session, Path target) throws IOException {
        LedgerRequest request = new LedgerRequest(branch, session.heldOn().getYear(), false, null)
                .forSession(session.heldOn(), session.id());
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve("." + target.getFileName() + ".part");
        LedgerService.Printed printed;
        try (OutputStream out = Files.newOutputStream(partial)) {
            printed = ledgers.print("signin", request, LedgerService.Format.PDF, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return printed.code();
    }

    /** The file name offered: 红旗村党支部-学习签到表-2026-12-06-党课.pdf (no characters a file name cannot hold). */
    static String fileName(String branchName, StudySession session) {
        return (branchName + "-学习签到表-" + session.heldOn() + "-" + session.kind().label())
                .replaceAll("[\\\\/:*?\"<>|]", "") + ".pdf";
    }
}
