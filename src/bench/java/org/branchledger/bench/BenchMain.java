package org.branchledger.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.branchledger.cli.Cli;

/**
 * Entry point of target/branch-ledger-bench.jar: the product's command line plus {@code bench}. The product
 * jar ({@code org.branchledger.Main}) knows nothing of the benchmarks.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Cli.Outcome outcome = new Cli(out, err).with(new BenchCommand()).run(args);
        if (outcome.exitCode().isEmpty()) {
            err.println(BenchCommand.text("bench.noWindow"));
            System.exit(2);
        }
        System.exit(outcome.exitCode().get());
    }
}
