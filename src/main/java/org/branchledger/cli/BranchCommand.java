package org.branchledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.branch.BranchRemoval;
import org.branchledger.branch.BranchRules;
import org.branchledger.branch.BranchSummary;
import org.branchledger.core.ExitCode;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/** {@code branch list|add|set|remove}: the branches and their details, as in the window's 支部信息. */
final class BranchCommand implements Command {
    private static final List<String> COLUMNS = List.of("支部名称", "类别", "上级党组织", "书记", "成立日期", "监督电话",
            "公示期天数", "当前党员", "示例");
    private static final Set<String> DETAILS = Set.of("--kind", "--higher-org", "--secretary", "--founded", "--phone",
            "--notice-days");

    @Override
    public String name() {
        return "branch";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--format", "--kind", "--higher-org", "--secretary", "--founded", "--phone", "--notice-days",
                "--rename", "--confirm");
    }

    @Override
    public int maxPositionals() {
        return 2;
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        List<String> words = args.positionals();
        if (words.isEmpty()) {
            throw UserError.badInput(Messages.get("cli.branch.error.action"));
        }
        String action = words.get(0);
        Optional<String> name = words.size() > 1 ? Optional.of(words.get(1)) : Optional.empty();
        return switch (action) {
            case "list" -> list(app, args, name, out);
            case "add" -> add(app, args, required(name, action), out);
            case "set" -> set(app, args, required(name, action), out);
            case "remove" -> remove(app, args, required(name, action), out);
            default -> throw UserError.badInput(Messages.get("cli.branch.error.action"));
        };
    }

    private static ExitCode list(App app, CommandArgs args, Optional<String> extra, PrintStream out) {
        if (extra.isPresent()) {
            throw UserError.badInput(Messages.get("cli.error.extraArgument", "branch list", extra.get()));
        }
        only(args, Set.of("--format"), "list");
        OutputFormat format = args.format();
        TableOutput table = new TableOutput(COLUMNS);
        for (BranchSummary s : app.branches().overview()) {
            Branch b = s.branch();
            table.add(Arrays.asList(b.name(), b.kind().label(), b.higherOrg(), b.secretary(),
                    b.foundedOn() == null ? null : b.foundedOn().toString(), b.phone(), b.noticeDays(),
                    s.currentMembers(), TableOutput.yesNo(b.demo())));
        }
        table.print(format, out);
        return ExitCode.DONE;
    }

    private static ExitCode add(App app, CommandArgs args, String name, PrintStream out) {
        only(args, DETAILS, "add");
        Branch wanted = details(args, new Branch(null, name, null, null, null, null, null), app);
        Branch created = app.branches().create(wanted);
        out.println(Messages.get("cli.branch.added", created.name(), created.kind().label()));
        return ExitCode.DONE;
    }

    private static ExitCode set(App app, CommandArgs args, String name, PrintStream out) {
        Set<String> allowed = new java.util.HashSet<>(DETAILS);
        allowed.add("--rename");
        only(args, allowed, "set");
        Branch existing = app.branches().resolve(name);
        Branch changed = details(args, existing, app);
        if (args.value("--rename").isPresent()) {
            changed = new Branch(existing.id(), args.value("--rename").get(), changed.kind(), changed.higherOrg(),
                    changed.secretary(), changed.foundedOn(), changed.phone(), changed.noticeDays(), changed.demo());
        }
        Branch saved = app.branches().update(changed);
        out.println(Messages.get("cli.branch.saved", saved.name()));
        return ExitCode.DONE;
    }

    private static ExitCode remove(App app, CommandArgs args, String name, PrintStream out) {
        only(args, Set.of("--confirm"), "remove");
        String typed = args.value("--confirm").orElseThrow(() ->
                UserError.badInput(Messages.get("cli.branch.error.confirm", name)));
        Branch branch = app.branches().resolve(name);
        if (!BranchRemoval.confirms(branch, typed)) {
            throw UserError.badInput(Messages.get("branch.remove.mismatch", branch.name()));
        }
        try {
            BranchRemoval.Removed removed = app.branchRemoval().remove(branch, typed, Progress.NONE);
            out.println(Messages.get("cli.branch.removed", removed.branch().name(), removed.records(),
                    removed.backup().toAbsolutePath()));
            return ExitCode.DONE;
        } catch (IOException e) {
            throw UserError.badInput(Messages.get("branch.remove.backupFailed", e.getMessage()));
        }
    }

    /** {@code base} with the details the options give; an empty value clears a field. */
    private static Branch details(CommandArgs args, Branch base, App app) {
        BranchKind kind = base.kind();
        if (args.value("--kind").isPresent()) {
            String k = args.value("--kind").get().strip();
            try {
                kind = BranchKind.ofLabel(k);
            } catch (IllegalArgumentException e) {
                throw UserError.badInput(Messages.get("cli.branch.error.kind", k, Arrays.stream(BranchKind.values())
                        .map(BranchKind::label).collect(Collectors.joining("|"))));
            }
        }
        LocalDate founded = base.foundedOn();
        if (args.value("--founded").isPresent()) {
            String text = args.value("--founded").get();
            String problem = BranchRules.foundedProblem(text, LocalDate.now(app.todayClock()));
            if (!problem.isEmpty()) {
                throw UserError.badInput("--founded: " + problem);
            }
            founded = BranchRules.founded(text);
        }
        int noticeDays = base.noticeDays();
        if (args.value("--notice-days").isPresent()) {
            try {
                noticeDays = BranchRules.noticeDays(args.value("--notice-days").get());
            } catch (IllegalArgumentException e) {
                throw UserError.badInput("--notice-days: " + e.getMessage());
            }
        }
        return new Branch(base.id(), base.name(), kind, args.value("--higher-org").orElse(base.higherOrg()),
                args.value("--secretary").orElse(base.secretary()), founded, args.value("--phone").orElse(base.phone()),
                noticeDays, base.demo());
    }

    private static String required(Optional<String> name, String action) {
        return name.filter(n -> !n.isBlank()).orElseThrow(() ->
                UserError.badInput(Messages.get("cli.branch.error.name", action)));
    }

    /** Options another action takes are a mistake here, not silently ignored. */
    private static void only(CommandArgs args, Set<String> allowed, String action) {
        for (String option : List.of("--format", "--kind", "--higher-org", "--secretary", "--founded", "--phone",
                "--notice-days", "--rename", "--confirm")) {
            if (args.value(option).isPresent() && !allowed.contains(option)) {
                throw UserError.badInput(Messages.get("cli.error.unknownOption", "branch " + action, option));
            }
        }
    }
}
