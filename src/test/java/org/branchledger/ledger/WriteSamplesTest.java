package org.branchledger.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes sample ledgers for a person to look at: mvn test -Dledger.samples=/tmp/ledger-samples */
@EnabledIfSystemProperty(named = "ledger.samples", matches = ".+")
class WriteSamplesTest {
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 22);

    @Test
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("ledger.samples")));
        PdfLedgerWriter pdf = new PdfLedgerWriter();
        XlsxLedgerWriter xlsx = new XlsxLedgerWriter();
        LedgerDocument roster = SampleLedgers.roster(80, Orientation.AUTO);
        List<LedgerDocument> pack = List.of(SampleLedgers.roster(30, Orientation.AUTO), SampleLedgers.signIn(),
                SampleLedgers.pledges());
        PackCover cover = new PackCover("督查材料包", SampleLedgers.BRANCH, "2026年度", "PACK-0042");
        try (OutputStream out = Files.newOutputStream(dir.resolve("roster.pdf"))) {
            pdf.write(roster, PRINTED, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("signin.pdf"))) {
            pdf.write(SampleLedgers.signIn(), PRINTED, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("pack.pdf"))) {
            pdf.writePack(cover, pack, PRINTED, out);
        }
        List<LedgerDocument> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(i % 3 == 0 ? SampleLedgers.pledges() : SampleLedgers.signIn());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("pack-long.pdf"))) {
            pdf.writePack(cover, many, PRINTED, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("roster.xlsx"))) {
            xlsx.write(roster, PRINTED, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("pack.xlsx"))) {
            xlsx.writePack(cover, pack, PRINTED, out);
        }
    }
}
