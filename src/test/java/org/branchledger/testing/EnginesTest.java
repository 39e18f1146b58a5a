package org.branchledger.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.branchledger.App;
import org.branchledger.AppInternals;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.db.Engine;
import org.branchledger.testing.Engines.OnBothEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switch itself: under it the App of a test and the commands on the same data folder share one server
 * database (and the folder gets no database file); without it both are on the folder's H2 file, as always.
 */
@OnBothEngines
class EnginesTest {
    @TempDir
    Path dir;

    @Test
    void theAppAndTheCommandsOfOneFolderShareItsDatabaseOnTheChosenEngine() throws Exception {
        Path data = dir.resolve("data");
        try (App app = TestApps.open(data)) {
            assertEquals(Engines.onServer() ? Engine.POSTGRESQL : Engine.H2, AppInternals.database(app).engine());
            app.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
        }
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("branch", "list"), cli.err());
        assertTrue(cli.out().contains("红旗村党支部,农村"), cli.out());
        assertEquals(!Engines.onServer(), Files.exists(data.resolve("branch-ledger.mv.db")), "the folder's own file");
        CliRun other = new CliRun(dir.resolve("other"));
        assertEquals(0, other.run("branch", "list"), other.err());
        assertTrue(!other.out().contains("红旗村党支部"), "another folder: another database");
    }
}
