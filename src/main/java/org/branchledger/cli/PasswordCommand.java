package org.branchledger.cli;

import java.io.PrintStream;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/**
 * {@code password set|change|remove}: protects the data folder with a password, changes it, or removes it.
 * The current password opened the folder (as for every command); the new one comes from
 * {@code BRANCH_LEDGER_NEW_PASSWORD} or standard input, never from an argument. The change itself is one
 * journalled step ({@link org.branchledger.safety.PasswordService}).
 */
final class PasswordCommand implements Command {
    private final Passwords passwords;

    PasswordCommand(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "password";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of();
    }

    /** Two, so that a password typed as an argument is refused here, without being repeated on the screen. */
    @Override
    public int maxPositionals() {
        return 2;
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        if (args.positionals().size() > 1) {
            throw UserError.badInput(Messages.get("password.error.asArgument", Passwords.NEW_VARIABLE));
        }
        String which = args.positionals().isEmpty() ? "" : args.positionals().get(0);
        boolean has = app.passwords().hasPassword();
        char[] newPassword = null;
        switch (which) {
            case "set" -> {
                if (has) {
                    throw UserError.badInput(Messages.get("password.error.alreadySet"));
                }
                newPassword = required();
            }
            case "change" -> {
                if (!has) {
                    throw UserError.badInput(Messages.get("password.error.notSet"));
                }
                newPassword = required();
            }
            case "remove" -> {
                if (!has) {
                    throw UserError.badInput(Messages.get("password.error.noneSet"));
                }
            }
            default -> throw UserError.badInput(Messages.get("password.error.which", which));
        }
        try {
            app.passwords().changeOpened(newPassword);
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            if (newPassword != null) {
                java.util.Arrays.fill(newPassword, '\0');
            }
        }
        out.println(Messages.get("password.cli.done." + which));
        return ExitCode.DONE;
    }

    private char[] required() {
        char[] p = passwords.forNewPassword();
        if (p == null) {
            throw UserError.badInput(Messages.get("password.error.newMissing", Passwords.NEW_VARIABLE));
        }
        return p;
    }
}
