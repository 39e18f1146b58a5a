package org.branchledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.Progress;
import org.branchledger.demo.DemoPeople;
import org.branchledger.importing.ImportCounts;
import org.branchledger.roster.RosterImportPlan;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** {@code bench import}: a generated N-row roster .xlsx imported into a fresh data folder. */
final class ImportBench {
    private ImportBench() {
    }

    static void run(int rows, java.util.Optional<String> database, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-import");
        Path file = work.resolve("花名册-" + rows + ".xlsx");
        RosterFixture.write(file, rows);
        out.printf("file: %d rows, %.1f MB%n", rows, Files.size(file) / 1e6);
        try (App app = BenchData.open(work, database, out)) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            RosterImportPlan plan = app.rosterImport().plan(file, null, Map.of(), Progress.NONE);
            long planned = System.nanoTime();
            ImportCounts counts = app.rosterImport().commit(plan, Branch.named("测试村党支部", BranchKind.VILLAGE), false);
            long end = System.nanoTime();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.println(counts.line());
            out.printf("read and check: %.2f s, write: %.2f s, total: %.2f s%n", (planned - start) / 1e9,
                    (end - planned) / 1e9, (end - start) / 1e9);
            out.printf("peak heap used: %d MB (max heap %d MB)%n", peak / 1_000_000,
                    Runtime.getRuntime().maxMemory() / 1_000_000);
        }
    }

}
