package org.branchledger.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** The wizard's cancel: checking stops, and a cancelled write leaves nothing behind. */
@OnBothEngines
class RosterImportCancelTest {
    private static final Path SAMPLE = Samples.file("花名册-示例村.xlsx");

    private static final Progress CANCELLED = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return true;
        }
    };

    @Test
    void cancellingWritesNothing(@TempDir Path dir) throws Exception {
        try (App app = TestApps.open(dir)) {
            Branch branch = app.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
            assertThrows(CancellationException.class,
                    () -> app.rosterImport().plan(SAMPLE, branch.id(), Map.of(), CANCELLED));
            RosterImportPlan plan = app.rosterImport().plan(SAMPLE, branch.id(), Map.of(), Progress.NONE);
            assertThrows(CancellationException.class, () -> app.rosterImport().commit(plan, branch, true, CANCELLED));
            assertEquals(0, app.roster().members(branch.id()).size());
            assertEquals(36, app.rosterImport().commit(plan, branch, true).imported());
        }
    }
}
