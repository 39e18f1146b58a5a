package org.branchledger.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/** {@code bench pack}: the inspection pack of an N-member demo branch, timed, its size measured. */
final class PackBench {
    private PackBench() {
    }

    static void run(int members, int sessions, java.util.Optional<String> database, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-pack");
        int year = Year.now(App.clock()).getValue();
        try (App app = BenchData.open(work, database, out)) {
            Branch branch = app.demo().create("示范村党支部", members, sessions, year).branch();
            LedgerRequest request = new LedgerRequest(branch, year, false, null);
            for (int run = 1; run <= 3; run++) {
                Path pdf = work.resolve("pack-" + run + ".pdf");
                long start = System.nanoTime();
                try (OutputStream os = Files.newOutputStream(pdf)) {
                    app.ledgers().print(LedgerService.PACK, request, LedgerService.Format.PDF, os);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("run %d: %d members, %d sessions, pack PDF in %.2f s, %.2f MB%n", run, members, sessions, seconds,
                        Files.size(pdf) / 1e6);
            }
        }
    }
}
