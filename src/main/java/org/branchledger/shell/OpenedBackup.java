package org.branchledger.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A backup file (.blbak) the program was started with: what the installers' file association passes
 * when a secretary double-clicks a backup. The window opens and says where restoring is done.
 */
public record OpenedBackup(Path file, String[] otherArgs) {
    public static final String EXTENSION = ".blbak";

    /** The backup named as the last argument, after nothing but global options ({@code --data DIR}). */
    public static Optional<OpenedBackup> in(String[] args) {
        if (args.length == 0 || !args[args.length - 1].toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String[] before = Arrays.copyOf(args, args.length - 1);
        boolean onlyGlobalOptions = before.length == 0
                || before.length == 1 && before[0].startsWith("--data=")
                || before.length == 2 && before[0].equals("--data");
        return onlyGlobalOptions ? Optional.of(new OpenedBackup(Path.of(args[args.length - 1]), before)) : Optional.empty();
    }
}
