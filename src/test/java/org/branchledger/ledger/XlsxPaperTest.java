package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** Every .xlsx ledger prints on A4, in the orientation its PDF has (the roster's 汇总表 too). */
@OnBothEngines
class XlsxPaperTest {
    private static final int YEAR = 2026;
    /** SpreadsheetML's paper size code for A4 (1 is US Letter, the default when none is set). */
    private static final String A4 = "9";
    private static final Pattern PAGE_SETUP = Pattern.compile("<pageSetup\\b[^>]*>");

    @TempDir
    Path dir;

    @Test
    void everyLedgerWorkbookIsSetForA4InThePdfsOrientation() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 12, 8, YEAR);
            LedgerRequest request = new LedgerRequest(branch, YEAR, false, null, LocalDate.now(app.todayClock()));
            int checked = 0;
            for (LedgerKind kind : app.ledgers().kinds()) {
                if (kind.needsSession()) {
                    continue;
                }
                // a 公示表 needs its 公示期: the whole year, so every published pledge is on it
                LedgerRequest asked = kind.notReady(request).isEmpty() ? request : new LedgerRequest(branch, YEAR, false,
                        null, request.asOf(), null, new NoticePeriod(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)));
                List<String> setups = pageSetups(xlsx(app, kind.name(), asked));
                boolean landscape = PdfLedgerWriter.landscape(kind.build(asked));
                assertEquals(1, setups.size(), kind.name());
                assertA4(kind.name(), setups.get(0), landscape);
                checked++;
            }
            assertEquals(11, checked, "every kind but the sign-in sheet, the two township ledgers included");
            assertTrue(PdfLedgerWriter.landscape(app.ledgers().kind("roster").build(request)),
                    "the roster PDF is landscape, and so is its 汇总表 workbook");

            List<String> pack = pageSetups(xlsx(app, LedgerService.PACK, request));
            assertEquals(10, pack.size(), "the contents sheet and nine ledgers");
            for (String setup : pack) {
                assertTrue(setup.contains("paperSize=\"" + A4 + "\""), setup);
            }
        }
    }

    private static void assertA4(String kind, String setup, boolean landscape) {
        assertTrue(setup.contains("paperSize=\"" + A4 + "\""), kind + ": " + setup);
        assertTrue(setup.contains("orientation=\"" + (landscape ? "landscape" : "portrait") + "\""), kind + ": " + setup);
    }

    private static byte[] xlsx(App app, String kind, LedgerRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        app.ledgers().print(kind, request, LedgerService.Format.XLSX, out);
        return out.toByteArray();
    }

    /** The page setup element of each worksheet, in sheet order. */
    private List<String> pageSetups(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile(dir, "ledger", ".xlsx");
        Files.write(file, xlsx);
        List<String> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (int n = 1; zip.getEntry("xl/worksheets/sheet" + n + ".xml") != null; n++) {
                String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + n + ".xml"))
                        .readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = PAGE_SETUP.matcher(sheet);
                found.add(m.find() ? m.group() : "(no pageSetup in sheet" + n + ")");
            }
        }
        return found;
    }
}
