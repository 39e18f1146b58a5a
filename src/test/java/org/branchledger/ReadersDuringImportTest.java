package org.branchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.branchledger.core.Progress;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.RosterImportPlan;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long imports do not block readers (issue 21): while one import's transaction is open with its rows written
 * and not yet committed, another PC on the same server (and, on a PC's own file, the window's pages on other
 * threads) reads the roster, the hours and the branch list and sees the data as it was; after the commit it sees
 * the import whole.
 */
class ReadersDuringImportTest {
    @TempDir
    Path dir;

    @Test
    void theWindowReadsWhileAnImportIsOpenOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            readWhileImportOpen(app, app);
        }
    }

    @Test
    @Tag("server")
    void anotherPcReadsWhileAnImportIsOpenOnTheServer() throws Exception {
        PgCluster pg = PgCluster.require();
        String server = pg.newDatabase();
        try (App pc1 = onServer(server, "pc1"); App pc2 = onServer(server, "pc2")) {
            readWhileImportOpen(pc1, pc2);
        }
    }

    private void readWhileImportOpen(App writer, App reader) throws Exception {
        Path village = sample("花名册-示例村.xlsx");
        Path company = sample("花名册-示例企业.xlsx");
        RosterImportPlan first = writer.rosterImport().plan(village, null, Map.of(), Progress.NONE);
        writer.rosterImport().commit(first, Branch.named("甲村党支部", org.branchledger.core.branch.BranchKind.VILLAGE), true);
        Branch branch = reader.branches().all().get(0);
        assertEquals(36, reader.roster().members(branch.id()).size());

        RosterImportPlan second = writer.rosterImport().plan(company, branch.id(), Map.of(), Progress.NONE);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Progress holding = new Progress() { // the import asks twice: before its inserts and after them
            private int asked;

            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                if (++asked == 2) {
                    written.countDown();
                    try {
                        assertTrue(release.await(120, TimeUnit.SECONDS), "the test released the import");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return false;
            }
        };
        CompletableFuture<Void> importing = CompletableFuture.runAsync(
                () -> writer.rosterImport().commit(second, branch, true, holding));
        assertTrue(written.await(120, TimeUnit.SECONDS), "the import wrote its rows");

        // The import is open: the reads finish (none waits for it) and see the roster as it was.
        List<Integer> seen = CompletableFuture.supplyAsync(() -> List.of(
                reader.roster().members(branch.id()).size(),
                reader.study().hours(branch.id(), 2026).size(),
                reader.branches().all().size())).get(120, TimeUnit.SECONDS);
        assertEquals(List.of(36, 36, 1), seen);
        assertTrue(!importing.isDone(), "the import was still open while they read");

        release.countDown();
        importing.get(120, TimeUnit.SECONDS);
        assertEquals(36 + 52, reader.roster().members(branch.id()).size());
        assertTrue(reader.auditLog().verify().intact());
    }

    private App onServer(String server, String pc) throws Exception {
        return org.branchledger.testing.TestApps.onServer(dir.resolve(pc), server);
    }

    private Path sample(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
