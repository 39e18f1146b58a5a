package org.branchledger.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 民主评议结果公示 prints only a result the committee has decided, for every 正式党员. */
@OnBothEngines
class AppraisalNoticeTest {
    @TempDir
    Path dir;
    Path data;
    CliRun cli;

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "12", "--sessions", "4", "--year", "2025");
    }

    @Test
    void aYearWithoutAnAppraisalIsRefused() throws Exception {
        Path pdf = dir.resolve("公示.pdf");
        assertEquals(2, cli.run("ledger", "appraisal-public", "--year", "2026", "--out", pdf.toString()));
        assertTrue(cli.err().contains("2026 年度的民主评议还没有由支部委员会评定等次，不能公示结果"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(Files.exists(pdf), "nothing written");

        Path pack = dir.resolve("包.pdf");
        assertEquals(0, cli.run("ledger", "pack", "--year", "2026", "--out", pack.toString()), cli.err());
        String text = LedgerPdf.text(pack).replaceAll("\\s+", "");
        assertTrue(text.contains("2026年度民主评议党员工作尚未完成组织评定，评议结果尚未公示。"), "the pack says so");
        assertFalse(text.contains("待评定") || text.contains("现将2026年度民主评议党员结果公示如下"), "and invents nothing");
    }

    @Test
    void aDecidedYearPrintsInTheNoticesDateStyleAndAnUndecidedMemberStopsIt() throws Exception {
        Path pdf = dir.resolve("公示.pdf");
        assertEquals(0, cli.run("ledger", "appraisal-public", "--year", "2025", "--out", pdf.toString()), cli.err());
        String text = LedgerPdf.text(pdf);
        String flat = text.replaceAll("\\s+", "");
        assertTrue(flat.contains("现将2025年度民主评议党员结果公示如下"), text);
        assertTrue(flat.matches(".*公示期:2025年\\d{1,2}月\\d{1,2}日至20\\d\\d年\\d{1,2}月\\d{1,2}日.*"), text);

        String name;
        try (App app = TestApps.open(data)) {
            Branch branch = app.branches().all().get(0);
            MemberAppraisal m = app.appraisal().sheet(branch.id(), 2025).members().stream()
                    .filter(a -> !a.probationary() && a.finalGrade() != null).findFirst().orElseThrow();
            app.appraisal().saveEntry(branch.id(), 2025, m.entry().withTallies(m.entry().votes(), m.entry().mass(),
                    null, null));
            name = m.member().name();
        }
        Path again = dir.resolve("再印.pdf");
        assertEquals(2, cli.run("ledger", "appraisal-public", "--year", "2025", "--out", again.toString()));
        assertTrue(cli.err().contains("还有 1 名党员未由支部委员会评定等次(" + name + ")"), cli.err());
        assertFalse(Files.exists(again));
    }
}
