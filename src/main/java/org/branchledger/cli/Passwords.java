package org.branchledger.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import org.branchledger.core.i18n.Messages;

/**
 * Where a command gets the password of an encrypted data folder (or backup): the environment variable
 * {@code BRANCH_LEDGER_PASSWORD} (and {@code BRANCH_LEDGER_BACKUP_PASSWORD} for a backup with a password
 * of its own), else a prompt on the console when there is one. Null when neither gives one.
 */
final class Passwords {
    static final String VARIABLE = "BRANCH_LEDGER_PASSWORD";
    static final String SERVER_USER_VARIABLE = "BRANCH_LEDGER_DB_USER";
    static final String SERVER_PASSWORD_VARIABLE = "BRANCH_LEDGER_DB_PASSWORD";
    static final String BACKUP_VARIABLE = "BRANCH_LEDGER_BACKUP_PASSWORD";
    /** The new password of {@code password set|change}. */
    static final String NEW_VARIABLE = "BRANCH_LEDGER_NEW_PASSWORD";
    /** The password of a branch package, made or received. */
    static final String PACKAGE_VARIABLE = "BRANCH_LEDGER_PACKAGE_PASSWORD";

    private final Map<String, String> env;
    private final Console console;
    private final java.io.InputStream stdin;

    Passwords(Map<String, String> env, Console console, java.io.InputStream stdin) {
        this.env = env;
        this.console = console;
        this.stdin = stdin;
    }

    /**
     * The new password for {@code password set|change}: {@code BRANCH_LEDGER_NEW_PASSWORD}, else typed twice
     * at the console, else one line of standard input (a pipe). Never an argument: arguments are visible to
     * every user in the process list. Null when none is given (or the two typed differ: then an error).
     */
    char[] forNewPassword() {
        return newFrom(NEW_VARIABLE);
    }

    /** The password a branch package is made with: as {@link #forNewPassword()}, from its own variable. */
    char[] forNewPackage() {
        return newFrom(PACKAGE_VARIABLE);
    }

    /**
     * The password of a package being received: {@code BRANCH_LEDGER_PACKAGE_PASSWORD}, else asked at the
     * console, else one line of standard input. Null when none is given.
     */
    char[] forPackage(Path file) {
        char[] given = from(PACKAGE_VARIABLE, Messages.get("township.cli.packagePrompt", file.getFileName()));
        return given != null || console != null ? given : stdinLine();
    }

    private char[] newFrom(String variable) {
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("%s", Messages.get("password.cli.newPrompt"));
            if (typed == null || typed.length == 0) {
                return null;
            }
            char[] again = console.readPassword("%s", Messages.get("password.cli.newAgain"));
            if (!java.util.Arrays.equals(typed, again)) {
                throw org.branchledger.core.UserError.badInput(Messages.get("password.error.mismatch"));
            }
            return typed;
        }
        return stdinLine();
    }

    private char[] stdinLine() {
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(stdin, java.nio.charset.StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null) {
                return null;
            }
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            return line.isEmpty() ? null : line.toCharArray();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The server's user: {@code BRANCH_LEDGER_DB_USER}, else PostgreSQL's own {@code PGUSER}, else the computer's user. */
    /**
     * The server's user for the window started with {@code --database}: the environment's, else the one the
     * folder remembers for the same address, else the computer's user name.
     */
    String serverUser(java.nio.file.Path folder, org.branchledger.core.db.ServerAddress address) {
        for (String variable : new String[] {SERVER_USER_VARIABLE, "PGUSER"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return org.branchledger.core.db.ServerChoice.read(folder)
                .filter(saved -> saved.address().equals(address))
                .map(org.branchledger.core.db.ServerChoice::user)
                .orElseGet(this::serverUser);
    }

    String serverUser() {
        for (String variable : new String[] {SERVER_USER_VARIABLE, "PGUSER"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return System.getProperty("user.name", "");
    }

    /**
     * The server's password: {@code BRANCH_LEDGER_DB_PASSWORD}, else {@code PGPASSWORD}, else asked at the console.
     * Never stored, never an argument.
     */
    char[] forServer(String address) {
        String own = env.get(SERVER_PASSWORD_VARIABLE);
        if (own == null || own.isEmpty()) {
            own = env.get("PGPASSWORD");
        }
        if (own != null && !own.isEmpty()) {
            return own.toCharArray();
        }
        return from(SERVER_PASSWORD_VARIABLE, Messages.get("server.cli.prompt", address));
    }

    char[] forData() {
        return from(VARIABLE, Messages.get("password.cli.prompt"));
    }

    char[] forBackup(Path backup) {
        String own = env.get(BACKUP_VARIABLE);
        if (own != null && !own.isEmpty()) {
            return own.toCharArray();
        }
        return from(VARIABLE, Messages.get("password.cli.backupPrompt", backup.getFileName()));
    }

    private char[] from(String variable, String prompt) {
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null || typed.length == 0 ? null : typed;
        }
        return null;
    }
}
