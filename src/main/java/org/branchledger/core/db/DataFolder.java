package org.branchledger.core.db;

import java.nio.file.Path;
import java.util.Map;

/** The folder that holds everything of one installation: database, attachments, backups, logs. */
public record DataFolder(Path path) {

    public static final String HOME_VARIABLE = "BRANCH_LEDGER_HOME";
    /** Present when the folder has a password (safety/PasswordFile reads and writes it). */
    public static final String PASSWORD_FILE = "password.properties";

    /**
     * Where the data lives: an explicit {@code --data} folder, else {@code BRANCH_LEDGER_HOME}, else
     * {@code %LOCALAPPDATA%\BranchLedger} on Windows and {@code ~/.local/share/branch-ledger} elsewhere.
     */
    public static DataFolder resolve(String explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null && !explicit.isBlank()) {
            return new DataFolder(Path.of(explicit).toAbsolutePath());
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home).toAbsolutePath());
        }
        if (osName.toLowerCase().startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : userHome.resolve("AppData").resolve("Local");
            return new DataFolder(base.resolve("BranchLedger"));
        }
        return new DataFolder(userHome.resolve(".local").resolve("share").resolve("branch-ledger"));
    }

    public static DataFolder resolveDefault(String explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The H2 database file name without H2's {@code .mv.db} suffix. */
    public Path databaseBase() {
        return path.resolve("branch-ledger");
    }

    public Path lockFile() {
        return path.resolve("branch-ledger.lock");
    }

    /** Whether the folder has a password: its files are encrypted, and nothing may be written plain. */
    public boolean hasPassword() {
        return java.nio.file.Files.isRegularFile(path.resolve(PASSWORD_FILE));
    }

    public Path logs() {
        return path.resolve("logs");
    }
}
