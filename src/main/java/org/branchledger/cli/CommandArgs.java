package org.branchledger.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/** A command's arguments, checked against what the command accepts. */
public final class CommandArgs {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positionals = new ArrayList<>();

    /** @throws UserError (exit 2) on an unknown option, a missing value or too many arguments */
    public static CommandArgs parse(Command command, List<String> raw) {
        CommandArgs args = new CommandArgs();
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            if (token.startsWith("--") && token.length() > 2) {
                String name = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
                if (command.valueOptions().contains(name)) {
                    String value;
                    if (token.contains("=")) {
                        value = token.substring(token.indexOf('=') + 1);
                    } else if (i + 1 < raw.size()) {
                        value = raw.get(++i);
                    } else {
                        throw UserError.badInput(Messages.get("cli.error.missingValue", name));
                    }
                    args.values.put(name, value);
                } else if (command.flagOptions().contains(name)) {
                    args.flags.add(name);
                } else {
                    throw UserError.badInput(Messages.get("cli.error.unknownOption", command.name(), name));
                }
            } else {
                args.positionals.add(token);
            }
        }
        if (args.positionals.size() > command.maxPositionals()) {
            throw UserError.badInput(Messages.get("cli.error.extraArgument", command.name(),
                    args.positionals.get(command.maxPositionals())));
        }
        return args;
    }

    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    public List<String> positionals() {
        return positionals;
    }

    /** An integer option, or the default when it is absent. */
    public int intValue(String option, int defaultValue, int min, int max) {
        String v = values.get(option);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw UserError.badInput(Messages.get("cli.error.outOfRange", option, v, min, max));
            }
            return n;
        } catch (NumberFormatException e) {
            throw UserError.badInput(Messages.get("cli.error.notANumber", option, v));
        }
    }

    /** {@code --format csv|json}; csv when absent. */
    public OutputFormat format() {
        String v = values.getOrDefault("--format", "csv");
        return switch (v) {
            case "csv" -> OutputFormat.CSV;
            case "json" -> OutputFormat.JSON;
            default -> throw UserError.badInput(Messages.get("cli.error.format", v));
        };
    }
}
