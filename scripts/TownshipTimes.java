import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;

/**
 * The township's work timed inside one program, without the start of the JVM (issue 20, docs/BENCHMARKS.md):
 * the overview (what the 全部支部 page waits for) and the township roster as PDF, each run RUNS times after a
 * first warm-up run.
 *
 *   java -cp target/branch-ledger.jar scripts/TownshipTimes.java DATA_FOLDER YEAR [RUNS]
 */
public class TownshipTimes {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (App app = App.open(new DataFolder(data))) {
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                int rows = app.township().overview().overview(year).rows().size();
                long t1 = System.nanoTime();
                LedgerRequest request = new LedgerRequest(app.branches().all().get(0), year, false, null,
                        LocalDate.now(app.todayClock())); // the command line names the first branch too
                app.ledgers().print("township-roster", request, LedgerService.Format.PDF, OutputStream.nullOutputStream());
                long t2 = System.nanoTime();
                System.out.printf("%s overview of %d branches %.0f ms, township roster PDF %.0f ms%n",
                        i == 0 ? "warm-up" : "run " + i, rows, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        }
    }
}
