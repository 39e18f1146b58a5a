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
    static final String BACKUP_VARIABLE = "BRANCH_LEDGER_BACKUP_PASSWORD";

    private final Map<String, String> env;
    private final Console console;

    Passwords(Map<String, String> env, Console console) {
        this.env = env;
        this.console = console;
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
