package org.branchledger.cli;

import java.io.PrintStream;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.i18n.Messages;

/** One headless command of the contract in ../shared/CLI.md. Its texts live in the message bundle. */
public interface Command {

    String name();

    /** Options that take a value, e.g. {@code --branch}. */
    Set<String> valueOptions();

    /** Options that stand alone, e.g. {@code --all}. */
    default Set<String> flagOptions() {
        return Set.of();
    }

    /** How many positional arguments the command takes at most. */
    default int maxPositionals() {
        return 0;
    }

    /** Whether the command opens the data folder; {@code app} is null for those that do not. */
    default boolean needsData() {
        return true;
    }

    /** Work the command can start before the data folder opens, beside it (parsing the font for a PDF). */
    default void beforeOpening(CommandArgs args) {
    }

    ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err);

    default String summary() {
        return Messages.get("cli." + name() + ".summary");
    }

    default String help() {
        return Messages.get("cli." + name() + ".help");
    }
}
