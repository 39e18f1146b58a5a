package org.branchledger;

import static org.branchledger.AppraisalEditConflictTest.branchWithMember;
import static org.branchledger.EditConflictTest.onServer;
import static org.branchledger.EditConflictTest.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.branchledger.appraisal.AppraisalEntry;
import org.branchledger.appraisal.AppraisalRule;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.db.RecordChangedException.FieldChange;
import org.branchledger.study.StudySettings;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs storing the first record of one slot at the same moment (issue 21, decision 0025): on a server the later
 * insert waits for the earlier one's commit and then meets the table's unique key; it is refused as an edit of the
 * blank form it started from (RecordChangedException, what the other stored), never the server's raw refusal.
 * Made certain by another PC's first save held uncommitted until this PC's insert is seen waiting for it.
 */
@Tag("server")
class FirstRecordRaceTest {
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    @Test
    void studySettingsStoredFirstByAnotherPcAtTheSameMoment() throws Exception {
        String server = server();
        try (App pc = onServer(dir, server, "pc1")) {
            long branch = branchWithMember(pc, "红旗村党支部")[0];
            StudySettings shown = pc.study().settings(branch, YEAR); // none stored: the defaults
            StudySettings mine = new StudySettings(480, shown.centralisedNumerator(),
                    shown.centralisedDenominator(), null, shown.topics());
            RecordChangedException refused = assertThrows(RecordChangedException.class, () -> whileAnotherPcStores(
                    server, List.of(new Insert("INSERT INTO study_settings (branch_id, study_year, required_tenths,"
                            + " topics) VALUES (?, ?, 320, ?)", branch, YEAR, String.join("\n", shown.topics()))),
                    () -> {
                        pc.study().saveSettings(branch, YEAR, shown, mine);
                        return null;
                    }));
            assertEquals(List.of(new FieldChange("要求学时(0.1学时)", String.valueOf(shown.requiredTenths()), "320")),
                    refused.changes());
            assertEquals(320, pc.study().settings(branch, YEAR).requiredTenths(), "theirs kept");
            assertTrue(pc.auditLog().verify().intact());
        }
    }

    /** The round is not started yet either: both start it (theirs is taken), then both store the member's record. */
    @Test
    void aMembersFirstRecordStoredByAnotherPcAtTheSameMoment() throws Exception {
        String server = server();
        try (App pc = onServer(dir, server, "pc1")) {
            long[] made = branchWithMember(pc, "红旗村党支部");
            AppraisalEntry blank = pc.appraisal().sheet(made[0], YEAR).members().get(0).entry();
            RecordChangedException refused = assertThrows(RecordChangedException.class, () -> whileAnotherPcStores(
                    server, List.of(new Insert("INSERT INTO appraisal_round (branch_id, appraisal_year) VALUES (?, ?)",
                                    made[0], YEAR),
                            new Insert("INSERT INTO appraisal_entry (branch_id, round_id, member_id, votes_excellent)"
                                    + " SELECT ?, id, ?, 10 FROM appraisal_round WHERE branch_id = ?"
                                    + " AND appraisal_year = ?", made[0], made[1], made[0], YEAR)),
                    () -> pc.appraisal().saveEntry(made[0], YEAR, blank, blank.withTallies(
                            new AppraisalRule.Tally(0, 9, 0, 0), AppraisalRule.Mass.NONE, null, null))));
            assertEquals(List.of(new FieldChange("优秀票", "0", "10")), refused.changes());
            assertEquals(new AppraisalRule.Tally(10, 0, 0, 0),
                    pc.appraisal().sheet(made[0], YEAR).members().get(0).entry().votes(), "theirs kept");
            assertTrue(pc.auditLog().verify().intact());
        }
    }

    /** Two Apps press 保存 on one member's first record of a year at once, five years: one lands, one is told. */
    @Test
    void twoPcsStoringOneMembersFirstRecordAtOnce() throws Exception {
        String server = server();
        try (App pc1 = onServer(dir, server, "pc1"); App pc2 = onServer(dir, server, "pc2")) {
            long branch = branchWithMember(pc1, "红旗村党支部")[0];
            App[] apps = {pc1, pc2};
            for (int year = YEAR - 4; year <= YEAR; year++) {
                int y = year;
                AppraisalEntry[] blank = {pc1.appraisal().sheet(branch, y).members().get(0).entry(),
                        pc2.appraisal().sheet(branch, y).members().get(0).entry()};
                AppraisalRule.Tally[] tallies = {new AppraisalRule.Tally(10, 0, 0, 0), new AppraisalRule.Tally(0, 9, 0, 0)};
                CyclicBarrier together = new CyclicBarrier(2);
                ExecutorService pcs = Executors.newFixedThreadPool(2);
                List<Future<AppraisalEntry>> saves = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    int pc = i;
                    saves.add(pcs.submit(() -> {
                        together.await();
                        return apps[pc].appraisal().saveEntry(branch, y, blank[pc], blank[pc].withTallies(tallies[pc],
                                AppraisalRule.Mass.NONE, null, null));
                    }));
                }
                int refused = 0;
                AppraisalRule.Tally landed = null;
                for (int i = 0; i < 2; i++) {
                    try {
                        saves.get(i).get();
                        landed = tallies[i];
                    } catch (ExecutionException e) {
                        RecordChangedException refusal = (RecordChangedException) e.getCause();
                        assertTrue(refusal.changes().contains(new FieldChange(i == 0 ? "合格票" : "优秀票", "0",
                                i == 0 ? "9" : "10")), refusal.changes().toString());
                        refused++;
                    }
                }
                pcs.shutdown();
                assertEquals(1, refused, "exactly one of the two is told, " + y);
                assertEquals(landed, pc2.appraisal().sheet(branch, y).members().get(0).entry().votes());
            }
            assertTrue(pc2.auditLog().verify().intact());
        }
    }

    /** One statement of the other PC's save, with its values. */
    private record Insert(String sql, Object... values) {
    }

    /**
     * Runs {@code save} while another PC's first save ({@code inserts}, one transaction) is not yet committed:
     * commits it once {@code save} waits for it on the server, then gives {@code save}'s outcome.
     */
    private static <T> T whileAnotherPcStores(String server, List<Insert> inserts, Callable<T> save) throws Exception {
        try (Connection other = connect(server); Connection watch = connect(server)) {
            other.setAutoCommit(false);
            for (Insert insert : inserts) {
                try (PreparedStatement ps = other.prepareStatement(insert.sql())) {
                    for (int i = 0; i < insert.values().length; i++) {
                        ps.setObject(i + 1, insert.values()[i]);
                    }
                    assertEquals(1, ps.executeUpdate());
                }
            }
            ExecutorService pc = Executors.newSingleThreadExecutor();
            try {
                Future<T> saving = pc.submit(save);
                while (!waitingForALock(watch)) {
                    if (saving.isDone()) {
                        fail("the save did not wait for the other PC's uncommitted record");
                    }
                    Thread.sleep(20);
                }
                other.commit();
                try {
                    return saving.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            } finally {
                pc.shutdown();
            }
        }
    }

    private static boolean waitingForALock(Connection watch) throws SQLException {
        try (PreparedStatement ps = watch.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND wait_event_type = 'Lock'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static Connection connect(String server) throws SQLException {
        return DriverManager.getConnection(PgCluster.jdbc(server), PgCluster.USER, PgCluster.PASSWORD);
    }
}
