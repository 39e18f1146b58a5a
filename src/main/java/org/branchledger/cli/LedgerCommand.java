package org.branchledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.NoticePeriod;
import org.branchledger.ledger.PdfLedgerWriter;
import org.branchledger.study.Hours;
import org.branchledger.study.SessionKind;
import org.branchledger.study.SigninSessions;
import org.branchledger.study.StudySession;

/** {@code ledger KIND --year YYYY --out FILE}: one ledger, or the inspection pack, as PDF or .xlsx. */
final class LedgerCommand implements Command {
    private static final String SIGNIN = "signin";
    private static final String PLEDGES_PUBLIC = "pledges-public";

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--year", "--branch", "--session", "--out", "--kind", "--number", "--from", "--to", "--format");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--full-ids", "--list", "--all-branches");
    }

    @Override
    public int maxPositionals() {
        return 1;
    }

    /** A PDF needs both faces of the font: they are parsed on two threads while the data folder opens. */
    @Override
    public void beforeOpening(CommandArgs args) {
        if (args.value("--out").filter(o -> !o.toLowerCase().endsWith(".xlsx")).isPresent() && !args.flag("--list")) {
            org.branchledger.core.ui.Tasks.beside(() -> {
                PdfLedgerWriter.preloadFont(false);
                return null;
            });
            org.branchledger.core.ui.Tasks.beside(() -> {
                PdfLedgerWriter.preloadFont(true);
                return null;
            });
        }
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
        boolean signin = kind.equals(SIGNIN);
        for (String option : List.of("--kind", "--number", "--list")) {
            if (!signin && (args.value(option).isPresent() || args.flag(option))) {
                throw UserError.badInput(Messages.get("cli.ledger.signinOnly", option));
            }
        }
        if (!kind.equals(PLEDGES_PUBLIC) && (args.value("--from").isPresent() || args.value("--to").isPresent())) {
            throw UserError.badInput(Messages.get("cli.ledger.noticeOnly"));
        }
        LocalDate session = args.value("--session").map(LedgerCommand::date).orElse(null);
        // A sign-in sheet's date names its year unless --year says otherwise.
        int year = args.intValue("--year", session != null && signin ? session.getYear() : LocalDate.now(app.todayClock()).getYear(),
                2000, 2100);
        if (args.flag("--all-branches")) {
            if (!kind.equals(LedgerService.PACK) || args.value("--branch").isPresent()) {
                throw UserError.badInput(Messages.get("township.pack.error.packOnly"));
            }
            return PackAllBranches.run(app, year, args.flag("--full-ids"), args.value("--out").orElse(null), out);
        }
        Branch branch = !kind.equals(LedgerService.PACK) && app.ledgers().kind(kind).everyBranch()
                && args.value("--branch").isEmpty()
                ? app.branches().all().stream().findFirst().orElseThrow(() -> UserError.badInput(Messages.get("branch.error.none")))
                : app.branches().resolve(args.value("--branch").orElse(null));
        if (signin && args.flag("--list")) {
            list(app, branch, year, args.format(), out);
            return ExitCode.DONE;
        }
        Path target = Path.of(args.value("--out").orElseThrow(() -> UserError.badInput(Messages.get("cli.ledger.outRequired"))));
        String lower = target.getFileName().toString().toLowerCase();
        LedgerService.Format format = lower.endsWith(".pdf") ? LedgerService.Format.PDF
                : lower.endsWith(".xlsx") ? LedgerService.Format.XLSX : null;
        if (format == null) {
            throw UserError.badInput(Messages.get("cli.ledger.outType", target.getFileName()));
        }
        LedgerRequest request = new LedgerRequest(branch, year, args.flag("--full-ids"), session);
        if (signin) {
            Integer number = args.value("--number").isPresent() ? args.intValue("--number", 0, 1, 100_000) : null;
            String sessionKind = args.value("--kind").map(String::strip).orElse(null);
            if (sessionKind != null && SessionKind.ofLabel(sessionKind) == null) {
                throw UserError.badInput(Messages.get("cli.ledger.badKind", sessionKind, kindLabels()));
            }
            StudySession picked = SigninSessions.pick(app.study().sessions(branch.id(),
                    session != null && number == null ? session.getYear() : year), year, session, sessionKind, number);
            request = request.forSession(picked.heldOn(), picked.id());
        }
        if (kind.equals(PLEDGES_PUBLIC)) {
            LocalDate from = args.value("--from").map(v -> date("--from", v)).orElse(app.pledges().today());
            request = request.withNotice(args.value("--to").isPresent()
                    ? new NoticePeriod(from, date("--to", args.value("--to").get()))
                    : NoticePeriod.usual(branch, from));
        }
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

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserError.badInput(Messages.get("cli.ledger.badDate", option, text));
        }
    }

    /** {@code ledger signin --list}: the year's sessions with the numbers {@code --number} takes. */
    private static void list(App app, Branch branch, int year, OutputFormat format, PrintStream out) {
        TableOutput table = new TableOutput(List.of("编号", "日期", "形式", "主题", "学时"));
        for (SigninSessions.Numbered n : SigninSessions.numbered(app.study().sessions(branch.id(), year))) {
            StudySession s = n.session();
            table.add(List.of(n.number(), s.heldOn().toString(), s.kind().label(), s.topic(),
                    Hours.format(s.hoursTenths())));
        }
        table.print(format, out);
    }

    private static String kindLabels() {
        return java.util.Arrays.stream(SessionKind.values()).map(SessionKind::label)
                .collect(java.util.stream.Collectors.joining("、"));
    }
}
