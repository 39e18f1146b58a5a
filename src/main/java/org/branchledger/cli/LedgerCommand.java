package org.branchledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/** {@code ledger KIND --year YYYY --out FILE}: one ledger, or the inspection pack, as PDF or .xlsx. */
final class LedgerCommand implements Command {

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--year", "--branch", "--session", "--out");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--full-ids");
    }

    @Override
    public int maxPositionals() {
        return 1;
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("cli.ledger.kindRequired"));
        }
        String kind = args.positionals().get(0);
        if (!kind.equals(LedgerService.PACK)) {
            app.ledgers().kind(kind); // an unknown kind is bad usage, before anything else
        }
        Path target = Path.of(args.value("--out").orElseThrow(() -> UserError.badInput(Messages.get("cli.ledger.outRequired"))));
        String lower = target.getFileName().toString().toLowerCase();
        LedgerService.Format format = lower.endsWith(".pdf") ? LedgerService.Format.PDF
                : lower.endsWith(".xlsx") ? LedgerService.Format.XLSX : null;
        if (format == null) {
            throw UserError.badInput(Messages.get("cli.ledger.outType", target.getFileName()));
        }
        int year = args.intValue("--year", LocalDate.now().getYear(), 2000, 2100);
        LocalDate session = args.value("--session").map(LedgerCommand::date).orElse(null);
        Branch branch = app.branches().resolve(args.value("--branch").orElse(null));
        LedgerRequest request = new LedgerRequest(branch, year, args.flag("--full-ids"), session);
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = dir.resolve("." + target.getFileName() + ".part"); // moved into place when complete
            LedgerService.Printed printed;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                printed = app.ledgers().print(kind, request, format, stream);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            out.println(printed.code() == null ? Messages.get("cli.ledger.written", target)
                    : Messages.get("cli.ledger.writtenWithCode", target, printed.code()));
        } catch (IOException e) {
            throw UserError.badInput(Messages.get("cli.ledger.cannotWrite", target, e.getMessage()));
        }
        return ExitCode.DONE;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserError.badInput(Messages.get("cli.ledger.badSession", text));
        }
    }
}
