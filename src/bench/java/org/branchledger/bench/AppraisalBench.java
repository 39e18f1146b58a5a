package org.branchledger.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.function.Supplier;
import org.branchledger.App;
import org.branchledger.appraisal.AppraisalImport;
import org.branchledger.appraisal.MemberAppraisal;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.importing.ImportCounts;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/**
 * {@code bench appraisal}: the appraisal of an N-member demo branch (with its year of study and essays as
 * evidence): the {@code appraisal} command's rows, the screen's sheet with evidence, the 登记表 PDF, and an
 * import of the whole tally sheet, twice.
 */
final class AppraisalBench {
    private AppraisalBench() {
    }

    static void run(int members, int sessions, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-appraisal");
        int year = Year.now(App.clock()).getValue();
        try (App app = App.open(new DataFolder(work.resolve("data")))) {
            long start = System.nanoTime();
            Branch branch = app.demo().create("基准测试村党支部", members, sessions, year).branch();
            out.printf("fixture: demo branch of %d members, %d sessions, with its appraisal, in %.1f s%n", members,
                    sessions, (System.nanoTime() - start) / 1e9);
            out.printf("appraisal rows (the appraisal command): %s%n",
                    median(() -> app.appraisal().sheet(branch.id(), year, false)));
            out.printf("appraisal sheet with evidence (screen): %s%n",
                    median(() -> app.appraisal().sheet(branch.id(), year, true)));
            LedgerRequest request = new LedgerRequest(branch, year, false, null);
            Path pdf = work.resolve("appraisal.pdf");
            out.printf("登记表 PDF (ledger appraisal): %s%n", median(() -> {
                try (OutputStream os = Files.newOutputStream(pdf)) {
                    return app.ledgers().print("appraisal", request, LedgerService.Format.PDF, os);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            out.printf("登记表 PDF size: %.2f MB%n", Files.size(pdf) / 1e6);

            StringBuilder csv = new StringBuilder("姓名,公民身份号码,优秀票,合格票,基本合格票,不合格票,满意,基本满意,不满意\n");
            for (MemberAppraisal m : app.appraisal().sheet(branch.id(), year, false).members()) {
                csv.append(m.member().name()).append(',').append(m.member().idNumber()).append(",1,")
                        .append(m.entry().votes().cast()).append(",0,0,12,2,0\n");
            }
            Path file = work.resolve("测评票.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                AppraisalImport.Plan plan = app.appraisalImport().plan(file, branch.id(), year, Progress.NONE);
                ImportCounts counts = app.appraisalImport().commit(plan, branch.id(), false);
                out.printf("import-appraisal of %d rows, run %d: %.0f ms (%s)%n", members, run,
                        (System.nanoTime() - t) / 1e6, counts.line());
            }
        }
    }

    private static String median(Supplier<?> work) {
        work.get(); // warm-up
        double[] s = new double[5];
        for (int i = 0; i < s.length; i++) {
            long t = System.nanoTime();
            work.get();
            s[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(s);
        return String.format("median %.0f ms of 5 (min %.0f, max %.0f)", s[2], s[0], s[4]);
    }
}
