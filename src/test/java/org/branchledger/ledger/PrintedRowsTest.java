package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/**
 * `verify FILE` on a printed ledger whose values were moved after printing: the file still carries a valid
 * code and every value still appears in it, so only a comparison row by row, in order, names the change.
 */
@OnBothEngines
class PrintedRowsTest {
    @TempDir
    Path dir;
    CliRun cli;
    Path genuine;
    /** The hours ledger as printed (with its code). */
    LedgerDocument printed;
    int table;
    int nameColumn;

    @BeforeEach
    void print() throws Exception {
        cli = new CliRun(dir.resolve("data"));
        DemoCopies.command(dir.resolve("data"), "--members", "20", "--sessions", "4", "--year", "2026");
        genuine = dir.resolve("学时台账.pdf");
        try (App app = TestApps.open(dir.resolve("data"));
             OutputStream out = Files.newOutputStream(genuine)) {
            LedgerRequest request = new LedgerRequest(app.branches().resolve(null), 2026, false, null);
            printed = app.ledgers().print("hours", request, LedgerService.Format.PDF, out).documents().get(0);
        }
        for (int i = 0; i < printed.sections().size(); i++) {
            if (printed.sections().get(i) instanceof TableSection t) {
                table = i;
                for (int c = 0; c < t.columns().size(); c++) {
                    if (t.columns().get(c).title().equals("姓名")) {
                        nameColumn = c;
                    }
                }
                break;
            }
        }
    }

    private TableSection rows() {
        return (TableSection) printed.sections().get(table);
    }

    /** The printed ledger with its table's rows changed, painted as a PDF with the same code. */
    private Path forged(String name, UnaryOperator<List<List<String>>> change) throws Exception {
        TableSection t = rows();
        List<List<String>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        List<Section> sections = new ArrayList<>(printed.sections());
        sections.set(table, new TableSection(t.caption(), t.columns(), change.apply(rows), t.minRowHeight()));
        LedgerDocument doc = new LedgerDocument(printed.title(), printed.branchName(), printed.period(),
                printed.orientation(), sections, printed.verificationCode());
        Path pdf = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfLedgerWriter().write(doc, LocalDate.now(), out);
        }
        return pdf;
    }

    @Test
    void theGenuineFileIsConsistent() {
        assertEquals(0, cli.run("verify", genuine.toString()), cli.out());
        assertTrue(cli.out().startsWith("一致"), cli.out());
    }

    @Test
    void twoMembersNamesSwappedAreNamedByPageAndRow() throws Exception {
        String second = rows().cell(1, nameColumn);
        String fourth = rows().cell(3, nameColumn);
        Path pdf = forged("改过的.pdf", rows -> {
            rows.get(1).set(nameColumn, fourth);
            rows.get(3).set(nameColumn, second);
            return rows;
        });
        assertEquals(5, cli.run("verify", pdf.toString()), cli.out());
        assertTrue(cli.out().startsWith("不一致"), cli.out());
        assertTrue(cli.out().contains("文件中的行与打印时的数据不符"), cli.out());
        assertTrue(cli.out().matches("(?s).*第 1 页第 2 行: 打印的是“[^”]*" + fourth + "[^”]*”，按数据应为“[^”]*" + second + ".*"),
                cli.out());
        assertTrue(cli.out().matches("(?s).*第 1 页第 4 行: 打印的是“[^”]*" + second + "[^”]*”，按数据应为“[^”]*" + fourth + ".*"),
                cli.out());
        assertTrue(!cli.out().contains("第 1 页第 3 行"), "only the swapped rows are named: " + cli.out());
    }

    @Test
    void rowsPutInAnotherOrderAreFound() throws Exception {
        Path pdf = forged("换了顺序.pdf", rows -> {
            List<String> first = rows.remove(0);
            rows.add(2, first);
            return rows;
        });
        assertEquals(5, cli.run("verify", pdf.toString()), cli.out());
        assertTrue(cli.out().contains("第 1 页第 1 行: 打印的是“"), cli.out());
        assertTrue(cli.out().contains("第 1 页第 3 行: 打印的是“"), cli.out());
    }

    @Test
    void theVerificationCodeCoversTheOrderOfRows() throws Exception {
        TableSection t = rows();
        List<List<String>> swapped = new ArrayList<>(t.rows());
        swapped.set(0, t.rows().get(1));
        swapped.set(1, t.rows().get(0));
        List<Section> sections = new ArrayList<>(printed.sections());
        sections.set(table, new TableSection(t.caption(), t.columns(), swapped, t.minRowHeight()));
        LedgerDocument reordered = new LedgerDocument(printed.title(), printed.branchName(), printed.period(),
                printed.orientation(), sections, null);
        try (App app = TestApps.open(dir.resolve("data"))) {
            LedgerRequest request = new LedgerRequest(app.branches().resolve(null), 2026, false, null);
            assertNotEquals(VerificationCode.contentHash("hours", request, printed),
                    VerificationCode.contentHash("hours", request, reordered));
        }
    }
}
