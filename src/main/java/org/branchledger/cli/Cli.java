package org.branchledger.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.FailureLog;
import org.branchledger.core.UserError;
import org.branchledger.importing.ImportCounts;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderInUseException;
import org.branchledger.core.db.PasswordRequiredException;
import org.branchledger.core.db.WrongPasswordException;
import org.branchledger.core.audit.AuditTrigger;
import org.branchledger.core.i18n.Messages;

/**
 * The command line: global options, then one command. Returns the exit code, or asks the caller to
 * open the window when no command is given. Errors are one Chinese line each on stderr; the details
 * of an unexpected failure go to the data folder's log, never to the user's screen.
 */
public final class Cli {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;
    private final Passwords passwords;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), System.console(), System.in);
    }

    /** A command line with its own environment (for the password variables) and console (null: none). */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env, java.io.Console console) {
        this(out, err, env, console, console != null ? System.in : java.io.InputStream.nullInputStream());
    }

    /** The same, with standard input (the new password of {@code password set|change} may come through it). */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env, java.io.Console console, java.io.InputStream in) {
        this.out = out;
        this.err = err;
        this.passwords = new Passwords(env, console, in);
        for (Command c : List.of(new ImportRosterCommand(), new ImportStudyCommand(), new MembersCommand(), new HoursCommand(),
                new ImportNotesCommand(), new NotesCommand(), new ImportPledgesCommand(), new PledgesCommand(),
                new ImportAppraisalCommand(), new AppraisalCommand(),
                new LedgerCommand(), new VerifyCommand(),
                new BackupCommand(), new RestoreCommand(passwords), new PasswordCommand(passwords),
                new DemoCommand(), new BranchCommand(), new ExportBranchCommand(passwords),
                new ImportBranchCommand(passwords), new OverviewCommand(), new MigrateToCommand(passwords))) {
            commands.put(c.name(), c);
        }
    }

    /**
     * The same command line with one more command: the benchmarks' own entry point (src/bench/java, not in the
     * product jar) adds {@code bench} this way, so the command line does not depend on the benchmarks.
     */
    public Cli with(Command extra) {
        commands.put(extra.name(), extra);
        return this;
    }

    /**
     * What the command line asks for: a finished command's exit code, or the window on a folder (on the server
     * {@code --database} names, for this start, when given).
     */
    public record Outcome(Optional<Integer> exitCode, DataFolder windowFolder,
                          Optional<org.branchledger.core.db.ServerChoice> windowServer) {
        static Outcome exit(ExitCode code) {
            return new Outcome(Optional.of(code.code()), null, Optional.empty());
        }
    }

    public Outcome run(String[] argv) {
        List<String> rest = new ArrayList<>(List.of(argv));
        String dataDir = null;
        org.branchledger.core.db.ServerAddress server = null;
        try {
            while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
                String option = rest.remove(0);
                switch (option) {
                    case "--help", "-h" -> {
                        out.print(usage());
                        return Outcome.exit(ExitCode.DONE);
                    }
                    case "--data" -> {
                        if (rest.isEmpty()) {
                            throw UserError.badInput(Messages.get("cli.error.missingValue", "--data"));
                        }
                        dataDir = rest.remove(0);
                    }
                    case "--database" -> {
                        if (rest.isEmpty()) {
                            throw UserError.badInput(Messages.get("cli.error.missingValue", "--database"));
                        }
                        server = ServerLogin.address(rest.remove(0));
                    }
                    default -> {
                        if (option.startsWith("--data=")) {
                            dataDir = option.substring("--data=".length());
                        } else {
                            throw UserError.badInput(Messages.get("cli.error.unknownGlobalOption", option));
                        }
                    }
                }
            }
            DataFolder folder = DataFolder.resolveDefault(dataDir);
            if (rest.isEmpty()) {
                return new Outcome(Optional.empty(), folder, Optional.ofNullable(server)
                        .map(address -> new org.branchledger.core.db.ServerChoice(address,
                                passwords.serverUser(folder.path(), address))));
            }
            String name = rest.remove(0);
            Command command = commands.get(name);
            if (command == null) {
                throw UserError.badInput(Messages.get("cli.error.unknownCommand", name));
            }
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println(command.help());
                return Outcome.exit(ExitCode.DONE);
            }
            ExitCode code;
            try {
                code = execute(command, CommandArgs.parse(command, rest), folder, server);
            } catch (UserError e) {
                err.println(e.getMessage());
                code = e.exitCode();
            }
            if (command instanceof ImportFileCommand && code != ExitCode.DONE && code != ExitCode.REJECTED_ROWS) {
                out.println(ImportCounts.NOTHING.line()); // CLI.md: the counts line always ends an import
            }
            return Outcome.exit(code);
        } catch (UserError e) {
            err.println(e.getMessage());
            return Outcome.exit(e.exitCode());
        }
    }

    private ExitCode execute(Command command, CommandArgs args, DataFolder folder,
                             org.branchledger.core.db.ServerAddress server) {
        command.beforeOpening(args);
        char[] password = command.needsData() && App.hasPassword(folder) ? passwords.forData() : null;
        AuditTrigger.actAs(AuditTrigger.actor() + Messages.get("auditlog.actor.cli"));
        if (server == null && command.needsData() && !(command instanceof MigrateToCommand)) {
            // the window of this folder works on a server (设置 → 数据库); a command stays on the file unless told
            org.branchledger.core.db.ServerChoice.read(folder.path()).ifPresent(named ->
                    err.println(Messages.get("server.cli.folderNamesServer", named.address())));
        }
        try (App app = !command.needsData() ? null : server == null ? App.open(folder, password)
                : new ServerLogin(passwords).open(folder, server, password)) {
            ExitCode code = command.run(app, args, out, err);
            if (app != null) {
                compactIfLarge(app, folder);
            }
            return code;
        } catch (PasswordRequiredException e) {
            err.println(Messages.get("password.cli.required", Passwords.VARIABLE));
            return ExitCode.BAD_INPUT;
        } catch (WrongPasswordException e) {
            if (command instanceof RestoreCommand restore && (e.getCause() != null || !App.hasPassword(folder))) {
                return rescue(restore, args, folder); // the file itself is damaged: a backup is the way back
            }
            err.println(App.hasPassword(folder) ? Messages.get("password.cli.wrong", folder.path())
                    : Messages.get("error.damaged", folder.path()));
            return ExitCode.BAD_INPUT;
        } catch (UserError e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (org.branchledger.core.db.ChangedElsewhereException e) {
            err.println(Messages.get("server.error.changedElsewhere"));
            return ExitCode.IN_USE;
        } catch (DataFolderInUseException e) {
            err.println(Messages.get("error.folderInUse", e.folder()));
            return ExitCode.IN_USE;
        } catch (Exception | Error e) { // even a broken installation gets one line, not a stack trace
            err.println(Messages.get("error.unexpected", describe(e), FailureLog.record(folder, e, App.clock())));
            return ExitCode.FAILURE;
        } finally {
            AuditTrigger.actAs(null);
            out.flush();
        }
    }

    /**
     * No command leaves a file over {@link #COMPACT_ABOVE} that is mostly empty (issue 18: under 60 MB after
     * any command). A failure here is the command's no more: it is logged and the command's outcome stands.
     */
    private static void compactIfLarge(App app, DataFolder folder) {
        try {
            app.backups().compactIfLarge(Long.getLong("branchledger.compactAbove", COMPACT_ABOVE));
        } catch (java.io.IOException | RuntimeException e) {
            FailureLog.record(folder, e, App.clock());
        }
    }

    /** 48 MB: a file of that size compacts in a second or two; tests lower it with -Dbranchledger.compactAbove. */
    static final long COMPACT_ABOVE = 48L * 1024 * 1024;

    private ExitCode rescue(RestoreCommand restore, CommandArgs args, DataFolder folder) {
        try {
            err.println(Messages.get("backup.rescue.start", folder.path()));
            return restore.rescue(folder, args, out);
        } catch (UserError e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (DataFolderInUseException e) {
            err.println(Messages.get("error.folderInUse", e.folder()));
            return ExitCode.IN_USE;
        } catch (Exception e) {
            err.println(Messages.get("error.unexpected", describe(e), FailureLog.record(folder, e, App.clock())));
            return ExitCode.FAILURE;
        }
    }

    private String usage() {
        StringBuilder s = new StringBuilder(Messages.get("cli.usage")).append('\n');
        commands.values().forEach(c -> s.append(String.format("  %-16s %s%n", c.name(), c.summary())));
        return s.append(Messages.get("cli.usage.footer")).append('\n').toString();
    }

    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
