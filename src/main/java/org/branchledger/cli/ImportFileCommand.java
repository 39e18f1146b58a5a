package org.branchledger.cli;

import java.nio.file.Path;
import java.util.Set;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/** The shape every import-* command shares: {@code FILE [--branch NAME] [--accept-valid] [--dry-run]}. */
interface ImportFileCommand extends Command {

    @Override
    default Set<String> valueOptions() {
        return Set.of("--branch");
    }

    @Override
    default Set<String> flagOptions() {
        return Set.of("--accept-valid", "--dry-run");
    }

    @Override
    default int maxPositionals() {
        return 1;
    }

    /** The file to import; bad usage (exit 2) when it is missing. */
    default Path file(CommandArgs args) {
        if (args.positionals().isEmpty()) {
            throw UserError.badInput(Messages.get("cli.error.fileRequired", name()));
        }
        return Path.of(args.positionals().get(0));
    }
}
