package org.branchledger;

import static org.branchledger.EditConflictTest.onServer;
import static org.branchledger.EditConflictTest.server;
import static org.branchledger.EditConflictTest.updates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.appraisal.AppraisalEntry;
import org.branchledger.appraisal.AppraisalGrade;
import org.branchledger.appraisal.AppraisalRound;
import org.branchledger.appraisal.AppraisalRule;
import org.branchledger.appraisal.AppraisalService;
import org.branchledger.appraisal.FollowUp;
import org.branchledger.appraisal.FollowUpKind;
import org.branchledger.appraisal.Fraction;
import org.branchledger.appraisal.Rectification;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.db.RecordChangedException.FieldChange;
import org.branchledger.roster.MemberFormModel;
import org.branchledger.roster.RosterField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 民主评议 screen's other dialogs edited by two people (issue 21, decision 0025): 评议设置 (the round's dates and
 * thresholds), 销号 of a 整改事项 and 不合格党员处置. The later save is refused with what the other changed, nothing of
 * theirs is overwritten; a dialog that found nothing stored yet is compared with what it showed, the record stored
 * since meeting the table's unique key (SQLSTATE 23505 on H2 and on PostgreSQL alike).
 */
class AppraisalEditConflictTest {
    private static final String EMPTY = "（空）";
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    @Test
    void roundSettingsAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            roundEditedTwice(app, app);
        }
    }

    @Test
    @Tag("server")
    void roundSettingsAreCheckedOnTheServer() throws Exception {
        String server = server();
        try (App pc1 = onServer(dir, server, "pc1"); App pc2 = onServer(dir, server, "pc2")) {
            roundEditedTwice(pc1, pc2);
        }
    }

    @Test
    void closingAnItemAndFollowUpsAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            itemClosedTwice(app, app);
            followUpEditedTwice(app, app);
        }
    }

    @Test
    @Tag("server")
    void closingAnItemAndFollowUpsAreCheckedOnTheServer() throws Exception {
        String server = server();
        try (App pc1 = onServer(dir, server, "pc1"); App pc2 = onServer(dir, server, "pc2")) {
            itemClosedTwice(pc1, pc2);
            followUpEditedTwice(pc1, pc2);
        }
    }

    private static void roundEditedTwice(App first, App second) {
        long branch = branchWithMember(first, "红旗村党支部")[0];
        AppraisalRound freshFirst = first.appraisal().round(branch, YEAR);
        AppraisalRound freshSecond = second.appraisal().round(branch, YEAR);
        assertNull(freshFirst.id(), "none stored yet: the dialogs show the defaults");
        first.appraisal().saveRound(freshFirst, dates(freshFirst, LocalDate.of(YEAR, 11, 2), null));
        // the second dialog showed the defaults too: the round stored since meets the key, compared with them
        RecordChangedException stored = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .saveRound(freshSecond, dates(freshSecond, LocalDate.of(YEAR, 11, 5), LocalDate.of(YEAR, 12, 20))));
        assertEquals(List.of(new FieldChange("开始日期", EMPTY, YEAR + "-11-02")), stored.changes());
        assertNull(first.appraisal().round(branch, YEAR).endedOn(), "nothing of the refused save written");

        AppraisalRound seenFirst = first.appraisal().round(branch, YEAR);
        AppraisalRound seenSecond = second.appraisal().round(branch, YEAR);
        AppraisalRule.Thresholds defaults = seenFirst.thresholds();
        first.appraisal().saveRound(seenFirst, new AppraisalRound(seenFirst.id(), branch, YEAR, seenFirst.startedOn(),
                null, null, null, new AppraisalRule.Thresholds(defaults.failShare(), new Fraction(2, 3),
                        defaults.excellentCap())));
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .saveRound(seenSecond, dates(seenSecond, seenSecond.startedOn(), LocalDate.of(YEAR, 12, 20))));
        assertEquals(List.of(new FieldChange("满意度下限(分子)", "3", "2"), new FieldChange("满意度下限(分母)", "5", "3")),
                refused.changes());
        assertNull(first.appraisal().round(branch, YEAR).endedOn(), "theirs kept, nothing of the refused save");
        assertEquals(1, updates(first, "appraisal_round"), "the trail records only the first change");

        // 用我的覆盖: saved again over the round as it is now, the whole form (their 2/3 back to the default 3/5)
        AppraisalRound theirs = refused.theirs(AppraisalRound.class);
        assertEquals(new Fraction(2, 3), theirs.thresholds().satisfactionMin());
        second.appraisal().saveRound(theirs, dates(seenSecond, seenSecond.startedOn(), LocalDate.of(YEAR, 12, 20)));
        AppraisalRound now = first.appraisal().round(branch, YEAR);
        assertEquals(LocalDate.of(YEAR, 12, 20), now.endedOn());
        assertEquals(defaults, now.thresholds());

        // a round started by a member's record (the defaults) while the dialog showed the defaults: written over
        AppraisalRound fresh = second.appraisal().round(branch, YEAR - 1);
        AppraisalEntry blank = first.appraisal().sheet(branch, YEAR - 1).members().get(0).entry();
        first.appraisal().saveEntry(branch, YEAR - 1, blank, blank.withTallies(new AppraisalRule.Tally(10, 0, 0, 0),
                AppraisalRule.Mass.NONE, null, null));
        second.appraisal().saveRound(fresh, dates(fresh, LocalDate.of(YEAR - 1, 11, 1), null));
        assertEquals(LocalDate.of(YEAR - 1, 11, 1), first.appraisal().round(branch, YEAR - 1).startedOn());
        assertTrue(first.auditLog().verify().intact());
    }

    private static void itemClosedTwice(App first, App second) {
        long[] made = branchWithMember(first, "红星村党支部");
        Rectification opened = first.appraisal().openRectification(made[0], YEAR, made[1], LocalDate.of(YEAR, 12, 1),
                "群众评议满意度偏低");
        Rectification seenFirst = items(first, made[0]).get(0);
        Rectification seenSecond = items(second, made[0]).get(0);
        assertEquals(opened, seenFirst);

        first.appraisal().closeRectification(seenFirst, LocalDate.of(YEAR, 12, 10), "谈心谈话后主动参加志愿服务");
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .closeRectification(seenSecond, LocalDate.of(YEAR, 12, 11), "已整改"));
        assertEquals(List.of(new FieldChange("销号日期", EMPTY, YEAR + "-12-10"),
                new FieldChange("整改情况", EMPTY, "谈心谈话后主动参加志愿服务")), refused.changes());
        assertEquals("谈心谈话后主动参加志愿服务", items(first, made[0]).get(0).closeNote(), "theirs kept");
        assertEquals(1, updates(first, "rectification"), "the trail records only the first 销号");

        // 用我的覆盖: closed again over theirs, with this dialog's day and note
        second.appraisal().closeRectification(refused.theirs(Rectification.class), LocalDate.of(YEAR, 12, 11), "已整改");
        Rectification now = items(first, made[0]).get(0);
        assertEquals(LocalDate.of(YEAR, 12, 11), now.closedOn());
        assertEquals("已整改", now.closeNote());
        assertTrue(first.auditLog().verify().intact());
    }

    private static void followUpEditedTwice(App first, App second) {
        long[] made = branchWithMember(first, "东风村党支部");
        long branch = made[0];
        long member = made[1];
        AppraisalEntry blank = first.appraisal().sheet(branch, YEAR).members().get(0).entry();
        first.appraisal().saveEntry(branch, YEAR, blank, blank.withTallies(new AppraisalRule.Tally(0, 2, 1, 8),
                AppraisalRule.Mass.NONE, AppraisalGrade.FAILED, null));
        FollowUp none = AppraisalService.noFollowUp(member); // what both dialogs showed: nothing recorded yet
        LocalDate decided = LocalDate.of(YEAR, 12, 15);
        first.appraisal().saveFollowUp(branch, YEAR, none, new FollowUp(null, 0, member, FollowUpKind.CORRECT,
                decided, LocalDate.of(YEAR + 1, 6, 30), null));
        RecordChangedException stored = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .saveFollowUp(branch, YEAR, none, new FollowUp(null, 0, member, FollowUpKind.PERSUADE_TO_LEAVE,
                        decided, null, "本人同意")));
        assertEquals(List.of(new FieldChange("处置方式", EMPTY, "限期改正"), new FieldChange("决定日期", EMPTY,
                decided.toString()), new FieldChange("改正期限", EMPTY, (YEAR + 1) + "-06-30")), stored.changes());
        assertEquals(FollowUpKind.CORRECT, followUps(first, branch).get(0).kind(), "nothing of the refused save");

        FollowUp seenFirst = followUps(first, branch).get(0);
        FollowUp seenSecond = followUps(second, branch).get(0);
        first.appraisal().saveFollowUp(branch, YEAR, seenFirst, new FollowUp(seenFirst.id(), 0, member,
                FollowUpKind.CORRECT, decided, LocalDate.of(YEAR + 1, 3, 31), null));
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .saveFollowUp(branch, YEAR, seenSecond, new FollowUp(seenSecond.id(), 0, member,
                        FollowUpKind.CORRECT, decided, LocalDate.of(YEAR + 1, 6, 30), "每月谈话一次")));
        assertEquals(List.of(new FieldChange("改正期限", (YEAR + 1) + "-06-30", (YEAR + 1) + "-03-31")),
                refused.changes());
        assertNull(followUps(first, branch).get(0).note());
        assertEquals(1, updates(first, "appraisal_followup"), "the trail records only the first change");

        // 用我的覆盖
        FollowUp theirs = refused.theirs(FollowUp.class);
        second.appraisal().saveFollowUp(branch, YEAR, theirs, new FollowUp(theirs.id(), 0, member, FollowUpKind.CORRECT,
                decided, LocalDate.of(YEAR + 1, 6, 30), "每月谈话一次"));
        FollowUp now = followUps(first, branch).get(0);
        assertEquals(LocalDate.of(YEAR + 1, 6, 30), now.deadline());
        assertEquals("每月谈话一次", now.note());
        assertTrue(first.auditLog().verify().intact());
    }

    private static AppraisalRound dates(AppraisalRound r, LocalDate started, LocalDate ended) {
        return new AppraisalRound(r.id(), r.branchId(), r.year(), started, ended, r.noticeFrom(), r.noticeTo(),
                r.thresholds());
    }

    private static List<Rectification> items(App app, long branch) {
        return app.appraisal().sheet(branch, YEAR, false).rectifications();
    }

    private static List<FollowUp> followUps(App app, long branch) {
        return app.appraisal().sheet(branch, YEAR, false).followUps();
    }

    /** A new branch with one 正式党员 (张三): its id and the member's. */
    static long[] branchWithMember(App app, String name) {
        long branch = app.branches().create(Branch.named(name, BranchKind.VILLAGE)).id();
        MemberFormModel add = new MemberFormModel(branch, null, app.roster()::today);
        add.value(RosterField.NAME).set("张三");
        add.value(RosterField.ID_NUMBER).set("11010519491231002X");
        add.value(RosterField.MEMBER_TYPE).set("正式党员");
        assertTrue(app.roster().save(branch, null, add.values()).ok(), add.check().errors().toString());
        return new long[] {branch, app.roster().members(branch).get(0).id()};
    }
}
