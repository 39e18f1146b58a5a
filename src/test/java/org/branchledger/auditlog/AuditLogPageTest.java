package org.branchledger.auditlog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 操作记录 names the member a record belongs to, not only its value. */
class AuditLogPageTest {
    @TempDir
    Path dir;

    @Test
    void anAppraisalRecordIsDescribedWithTheMembersName() throws Exception {
        try (App app = App.open(new DataFolder(dir))) {
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
}
