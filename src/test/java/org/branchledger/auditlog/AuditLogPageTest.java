package org.branchledger.auditlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 操作记录 names the member a record belongs to, not only its value. */
@OnBothEngines
class AuditLogPageTest {
    @TempDir
    Path dir;

    @Test
    void anAppraisalRecordIsDescribedWithTheMembersName() throws Exception {
        try (App app = TestApps.open(dir)) {
            long branchId = app.demo().create("红旗村党支部（示范）", 12, Year.now().getValue()).branch().id();
            Set<String> names = app.roster().members(branchId).stream().map(Member::name).collect(Collectors.toSet());

            var page = app.auditLog().page(new AuditFilter(null, null, "appraisal_entry", null), 0, 20);

            assertFalse(page.rows().isEmpty(), "the demo's appraisal is in the trail");
            for (AuditRow row : page.rows()) {
                assertTrue(names.stream().anyMatch(n -> row.what().contains("“" + n + "：")
                        || row.what().contains("“" + n + "”")), row.what());
            }
        }
    }

    @Test
    void aPrintIsToldWithTheLedgersChineseNameNotItsCode() throws Exception {
        try (App app = TestApps.open(dir)) {
            Branch branch = app.demo().create("红旗村党支部（示范）", 12, 2026).branch();
            var printed = app.ledgers().print("roster", new LedgerRequest(branch, 2026, false, null),
                    LedgerService.Format.PDF, java.io.OutputStream.nullOutputStream());
            app.ledgers().print("pack", new LedgerRequest(branch, 2026, false, null), LedgerService.Format.PDF,
                    java.io.OutputStream.nullOutputStream());

            var page = app.auditLog().page(new AuditFilter(null, null, "print_log", null), 0, 20);

            assertEquals(11, page.rows().size(), "the roster, then the pack: each ledger in it and the pack itself");
            AuditRow pack = page.rows().get(0);
            AuditRow roster = page.rows().get(page.rows().size() - 1);
            assertEquals("打印", roster.action());
            assertEquals("打印了《党员花名册》（2026年度，校验码 " + printed.code() + "）", roster.what());
            assertTrue(pack.what().startsWith("打印了《督查材料包》（2026年度，校验码 "), pack.what());
            for (AuditRow row : page.rows()) {
                assertFalse(row.what().contains("roster") || row.what().contains("pack") || row.what().contains("《《"),
                        row.what());
            }
        }
    }
}
