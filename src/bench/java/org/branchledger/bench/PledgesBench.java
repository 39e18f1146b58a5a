package org.branchledger.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.importing.ImportCounts;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.pledge.PledgeImport;
import org.branchledger.roster.Member;

/**
 * {@code bench pledges}: an N-member demo branch gets three pledges per member through {@code import-pledges}
 * (a CSV, every step filled in on two of the three); then the same file again, the {@code pledges} list,
 * the members' results for the appraisal, and the 践诺台账 PDF, each timed.
 */
final class PledgesBench {
    private PledgesBench() {
    }

    static void run(int memberCount, PrintStream out) throws Exception {
        Path work = Scratch.folder("branch-ledger-bench-pledges");
        int year = LocalDate.now(App.clock()).getYear() - 1; // a whole past year: every deadline has passed
        try (App app = App.open(new DataFolder(work.resolve("data")))) {
            Branch branch = app.demo().create("示范村党支部", memberCount, 0, year).branch();
            List<Member> members = app.roster().members(branch.id()).stream().filter(Member::current).toList();
            Path csv = work.resolve("承诺.csv");
            List<String> lines = new ArrayList<>();
            lines.add("承诺主体,姓名,公民身份号码,类别,岗位,承诺内容,完成时限,公示日期,进展,述诺日期,评诺结果,满意度");
            String[] verdicts = {"已兑现", "部分兑现", ""};
            for (Member m : members) {
                for (int k = 0; k < 3; k++) {
                    LocalDate deadline = LocalDate.of(year, 4 + k * 3, 28);
                    boolean evaluated = !verdicts[k].isEmpty();
                    lines.add(String.join(",", "党员", m.name(), m.idNumber(), "带头服务群众", "关爱帮扶岗",
                            "每月走访联系户 " + (k + 3) + " 户，帮助解决实际困难(第" + (k + 1) + "项)", deadline.toString(),
                            LocalDate.of(year, 2, 20).toString(),
                            "\"" + LocalDate.of(year, 3, 10) + " 已走访 2 户；" + LocalDate.of(year, 4, 10) + " 已走访 5 户\"",
                            evaluated ? deadline.plusDays(5).toString() : "", verdicts[k], evaluated ? "92.5%" : ""));
                }
            }
            Files.write(csv, lines, StandardCharsets.UTF_8);
            for (int run = 1; run <= 2; run++) {
                long start = System.nanoTime();
                PledgeImport.Plan plan = app.pledgeImport().plan(csv, branch.id(), Progress.NONE);
                double planned = (System.nanoTime() - start) / 1e9;
                ImportCounts counts = app.pledgeImport().commit(plan, branch.id(), false);
                double total = (System.nanoTime() - start) / 1e9;
                out.printf("import-pledges run %d: %d rows checked in %.2f s, written in %.2f s in all (%s)%n", run,
                        lines.size() - 1, planned, total, counts.line());
            }
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                int listed = app.pledges().views(branch.id(), year).size();
                double list = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                int withResults = app.pledges().memberResults(branch.id(), year).size();
                double results = (System.nanoTime() - start) / 1e9;
                Path pdf = work.resolve("pledges-" + run + ".pdf");
                start = System.nanoTime();
                try (OutputStream os = Files.newOutputStream(pdf)) {
                    app.ledgers().print("pledges", new LedgerRequest(branch, year, false, null),
                            LedgerService.Format.PDF, os);
                }
                double ledger = (System.nanoTime() - start) / 1e9;
                out.printf("run %d: pledges list %d in %.2f s; memberResults %d members in %.2f s; 践诺台账 PDF in %.2f s, "
                        + "%.2f MB%n", run, listed, list, withResults, results, ledger, Files.size(pdf) / 1e6);
            }
        }
    }
}
