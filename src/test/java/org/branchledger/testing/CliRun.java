package org.branchledger.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.cli.Cli;

/**
 * Runs the real command line in-process on one data folder and keeps what the last run printed; under
 * {@link Engines}' switch on that folder's PostgreSQL database ({@code --database} before every command).
 */
public final class CliRun {
    private final Path data;
    private String out;
    private String err;
    private java.util.Map<String, String> env = java.util.Map.of();
    private String stdin = "";

    public CliRun(Path data) {
        this.data = data;
    }

    /** The environment the next runs see (e.g. BRANCH_LEDGER_PASSWORD); there is never a console. */
    public CliRun env(java.util.Map<String, String> variables) {
        this.env = java.util.Map.copyOf(variables);
        return this;
    }

    /** What the next runs read from standard input (e.g. a new password as one line). */
    public CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Runs {@code --data <folder> [--database <its server database>] args...}; returns the exit code. */
    public int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        java.util.Map<String, String> variables = new java.util.HashMap<>(env);
        Engines.database(data).ifPresent(server -> {
            all.addAll(List.of("--database", server));
            Engines.login().forEach(variables::putIfAbsent);
        });
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                variables, null, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(all.toArray(String[]::new)).exitCode().orElseThrow();
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** Standard output of the last run. */
    public String out() {
        return out;
    }

    /** Standard error of the last run. */
    public String err() {
        return err;
    }

    /** The last line of standard output of the last run. */
    public String lastLine() {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
