package org.branchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.branchledger.appraisal.AppraisalEntry;
import org.branchledger.appraisal.AppraisalGrade;
import org.branchledger.appraisal.AppraisalRule;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.db.RecordChangedException.FieldChange;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.ui.EditBase;
import org.branchledger.notes.Grade;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeCategory;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberCheck;
import org.branchledger.roster.MemberFormModel;
import org.branchledger.roster.RosterField;
import org.branchledger.study.Attendance;
import org.branchledger.study.AttendanceStatus;
import org.branchledger.study.SessionKind;
import org.branchledger.study.StudySession;
import org.branchledger.study.StudySettings;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people edit one record (issue 21, decision 0025): the later save is refused with what the other changed,
 * nothing of theirs is overwritten and the audit trail holds only the first save; on the data folder's file and
 * on a server, from one App or from two PCs (two Apps on one server), one after the other or at the same moment.
 */
class EditConflictTest {
    private static final String EMPTY = "（空）";

    @TempDir
    Path dir;

    @Test
    void theLaterSaveOfAMemberIsRefusedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            memberEditedTwice(app, app);
        }
    }

    @Test
    @Tag("server")
    void theLaterSaveOfAMemberIsRefusedOnTheServer() throws Exception {
        String server = server();
        try (App pc1 = onServer(server, "pc1"); App pc2 = onServer(server, "pc2")) {
            memberEditedTwice(pc1, pc2);
        }
    }

    @Test
    void branchAndPledgeEditsAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            branchAndPledgeEditedTwice(app, app);
        }
    }

    @Test
    @Tag("server")
    void branchAndPledgeEditsAreCheckedOnTheServer() throws Exception {
        String server = server();
        try (App pc1 = onServer(server, "pc1"); App pc2 = onServer(server, "pc2")) {
            branchAndPledgeEditedTwice(pc1, pc2);
        }
    }

    @Test
    void attendanceGridsAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            attendanceEditedTwice(app, app);
        }
    }

    @Test
    @Tag("server")
    void attendanceGridsAreCheckedOnTheServer() throws Exception {
        String server = server();
        try (App pc1 = onServer(server, "pc1"); App pc2 = onServer(server, "pc2")) {
            attendanceEditedTwice(pc1, pc2);
        }
    }

    @Test
    void appraisalEntriesAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            appraisalEditedTwice(app, app);
        }
    }

    @Test
    @Tag("server")
    void appraisalEntriesAreCheckedOnTheServer() throws Exception {
        String server = server();
        try (App pc1 = onServer(server, "pc1"); App pc2 = onServer(server, "pc2")) {
            appraisalEditedTwice(pc1, pc2);
        }
    }

    @Test
    void notesAndTheirReviewAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            noteEditedTwice(app, app);
        }
    }

    @Test
    void pledgeStepsCheckOnlyTheirOwnColumnsOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            pledgeStepsTakenTwice(app, app);
        }
    }

    @Test
    void studySettingsAreCheckedOnTheFile() throws Exception {
        try (App app = App.open(new DataFolder(dir.resolve("data")))) {
            settingsEditedTwice(app, app);
        }
    }

    /** Two PCs press 保存 on one member at the same moment: one lands, the other is told, the chain stays one line. */
    @Test
    @Tag("server")
    void twoPcsSavingOneMemberAtOnce() throws Exception {
        String server = server();
        try (App pc1 = onServer(server, "pc1"); App pc2 = onServer(server, "pc2")) {
            long branch = pc1.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
            addMember(pc1, branch);
            for (int round = 0; round < 5; round++) {
                Member seen1 = pc1.roster().members(branch).get(0);
                Member seen2 = pc2.roster().members(branch).get(0);
                CyclicBarrier together = new CyclicBarrier(2);
                ExecutorService pcs = Executors.newFixedThreadPool(2);
                List<Future<MemberCheck>> saves = new ArrayList<>();
                String[] mobiles = {"1380000" + round + "001", "1390000" + round + "002"};
                App[] apps = {pc1, pc2};
                Member[] seen = {seen1, seen2};
                for (int i = 0; i < 2; i++) {
                    int pc = i;
                    saves.add(pcs.submit(() -> {
                        var values = form(seen[pc], apps[pc], RosterField.MOBILE, mobiles[pc]).values();
                        together.await();
                        return apps[pc].roster().save(branch, seen[pc], values);
                    }));
                }
                int refused = 0;
                String landed = null;
                for (int i = 0; i < 2; i++) {
                    try {
                        assertTrue(saves.get(i).get().ok());
                        landed = mobiles[i];
                    } catch (java.util.concurrent.ExecutionException e) {
                        RecordChangedException refusal = (RecordChangedException) e.getCause();
                        assertEquals(List.of(new FieldChange(RosterField.MOBILE.label(), seen[i].mobile() == null
                                ? EMPTY : seen[i].mobile(), mobiles[1 - i])), refusal.changes());
                        refused++;
                    }
                }
                pcs.shutdown();
                assertEquals(1, refused, "exactly one of the two is told, round " + round);
                assertEquals(landed, pc2.roster().members(branch).get(0).mobile());
            }
            assertEquals(5, memberUpdates(pc1), "one change a round in the trail");
            assertTrue(pc2.auditLog().verify().intact());
        }
    }

    private static void memberEditedTwice(App first, App second) {
        long branch = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
        addMember(first, branch);
        Member seenFirst = first.roster().members(branch).get(0);
        Member seenSecond = second.roster().members(branch).get(0);

        MemberFormModel one = form(seenFirst, first, RosterField.MOBILE, "13800000001");
        one.value(RosterField.JOB).set("村医");
        assertTrue(first.roster().save(branch, seenFirst, one.values()).ok());

        MemberFormModel other = form(seenSecond, second, RosterField.MOBILE, "13900000002");
        other.value(RosterField.ADDRESS).set("一组");
        RecordChangedException refused = assertThrows(RecordChangedException.class,
                () -> second.roster().save(branch, seenSecond, other.values()));
        assertEquals(List.of(new FieldChange(RosterField.JOB.label(), EMPTY, "村医"),
                new FieldChange(RosterField.MOBILE.label(), EMPTY, "13800000001")), refused.changes());
        assertEquals("保存前，别人已改过这条记录：\n" + RosterField.JOB.label() + "：（空） → 村医\n"
                + RosterField.MOBILE.label() + "：（空） → 13800000001", EditBase.message(refused));
        Member stored = first.roster().members(branch).get(0);
        assertEquals("13800000001", stored.mobile(), "nothing of the first save overwritten");
        assertEquals("村医", stored.job());
        assertNull(stored.address(), "nothing of the refused save written");
        assertEquals(1, memberUpdates(first), "the trail records only the first save");

        // 用我的覆盖: saved again over the member as it is now
        Member theirs = refused.theirs(Member.class);
        assertEquals(stored, theirs);
        assertTrue(second.roster().save(branch, theirs, other.values()).ok());
        Member overwritten = first.roster().members(branch).get(0);
        assertEquals("13900000002", overwritten.mobile());
        assertEquals("一组", overwritten.address());
        assertNull(overwritten.job(), "the whole form is the user's: 村医 cleared, as the dialog said");
        assertEquals(2, memberUpdates(first));

        // leaving the branch from a stale list is refused too
        assertThrows(RecordChangedException.class, () -> second.roster().leave(seenSecond, "转出",
                org.branchledger.core.dates.PartialDate.of(LocalDate.of(2026, 1, 5))));
        assertTrue(first.auditLog().verify().intact());
    }

    private static void branchAndPledgeEditedTwice(App first, App second) {
        Branch made = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
        Branch seenFirst = second.branches().all().get(0);
        first.branches().update(made, new Branch(made.id(), made.name(), made.kind(), null, "王书记", null, null,
                made.noticeDays(), made.demo()));
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.branches().update(
                seenFirst, new Branch(made.id(), made.name(), made.kind(), null, null, null, "0571-1234567",
                        made.noticeDays(), made.demo())));
        assertEquals(List.of(new FieldChange("书记", EMPTY, "王书记")), refused.changes());
        assertNull(first.branches().all().get(0).phone());

        long branch = made.id();
        Pledge draft = Pledge.draft(branch, null, PledgeCategory.of(true).get(0), null, "修通村组道路", null, null,
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 3, 1));
        Pledge stored = first.pledges().save(draft);
        Pledge seen = second.pledges().pledge(stored.id());
        first.pledges().save(stored, edit(stored, "修通村组道路两公里", null));
        RecordChangedException pledgeRefused = assertThrows(RecordChangedException.class,
                () -> second.pledges().save(seen, edit(seen, seen.content(), "党员带头出工")));
        assertEquals(List.of(new FieldChange("承诺内容", "修通村组道路", "修通村组道路两公里")), pledgeRefused.changes());
        assertNull(first.pledges().pledge(stored.id()).measures());

        AppInternals.database(first).transaction(tx -> tx.execute("DELETE FROM pledge WHERE id = ?", stored.id()));
        RecordChangedException deleted = assertThrows(RecordChangedException.class,
                () -> second.pledges().save(seen, edit(seen, seen.content(), "党员带头出工")));
        assertTrue(deleted.deleted());
        assertEquals("保存前，别人已删除了这条记录，你的修改无法保存。", EditBase.message(deleted));
        assertTrue(first.auditLog().verify().intact());
    }

    private static void attendanceEditedTwice(App first, App second) {
        long branch = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
        addMember(first, branch);
        MemberFormModel li = new MemberFormModel(branch, null, first.roster()::today);
        li.value(RosterField.NAME).set("李四");
        li.value(RosterField.ID_NUMBER).set("110105195001010012");
        assertTrue(first.roster().save(branch, null, li.values()).ok(), li.check().errors().toString());
        List<Member> members = first.roster().members(branch);
        StudySession session = first.study().addSession(new StudySession(null, branch, LocalDate.of(2026, 3, 8),
                SessionKind.STUDY, "学习党章", 20, null, null), List.of(
                        new Attendance(null, 0, members.get(0).id(), AttendanceStatus.PRESENT, null, null)));
        Map<Long, Attendance> seenFirst = byMember(first.study().attendance(session.id()));
        Map<Long, Attendance> seenSecond = byMember(second.study().attendance(session.id()));
        long zhang = members.get(0).id();
        long liSi = members.get(1).id();

        first.study().saveAttendance(session, seenFirst, List.of(mark(seenFirst.get(zhang), AttendanceStatus.LEAVE)));
        List<Attendance> grid = List.of(mark(seenSecond.get(zhang), AttendanceStatus.ABSENT),
                new Attendance(null, session.id(), liSi, AttendanceStatus.PRESENT, null, null));
        RecordChangedException refused = assertThrows(RecordChangedException.class,
                () -> second.study().saveAttendance(session, seenSecond, grid));
        assertEquals(List.of(new FieldChange("张三 出勤", "出席", "请假")), refused.changes());
        Map<Long, Attendance> now = byMember(first.study().attendance(session.id()));
        assertEquals(AttendanceStatus.LEAVE, now.get(zhang).status(), "theirs kept");
        assertNull(now.get(liSi), "nothing of the refused grid written, not even its other lines");

        // a line the first PC marks while the second's grid had it blank
        first.study().saveAttendance(session, now, List.of(new Attendance(null, session.id(), liSi,
                AttendanceStatus.AT_HOME, null, null)));
        RecordChangedException marked = assertThrows(RecordChangedException.class,
                () -> second.study().saveAttendance(session, now, List.of(new Attendance(null, session.id(), liSi,
                        AttendanceStatus.PRESENT, null, null))));
        assertEquals(List.of(new FieldChange("李四 出勤", EMPTY, "送课上门")), marked.changes());
        assertEquals(2, marked.theirs(List.class).size(), "the session's attendance as it is now");
        assertTrue(first.auditLog().verify().intact());
    }

    private static void appraisalEditedTwice(App first, App second) {
        long branch = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
        MemberFormModel add = new MemberFormModel(branch, null, first.roster()::today);
        add.value(RosterField.NAME).set("张三");
        add.value(RosterField.ID_NUMBER).set("11010519491231002X");
        add.value(RosterField.MEMBER_TYPE).set("正式党员");
        assertTrue(first.roster().save(branch, null, add.values()).ok(), add.check().errors().toString());
        AppraisalEntry blankFirst = first.appraisal().sheet(branch, 2026).members().get(0).entry();
        AppraisalEntry blankSecond = second.appraisal().sheet(branch, 2026).members().get(0).entry();
        AppraisalRule.Tally tenExcellent = new AppraisalRule.Tally(10, 0, 0, 0);
        first.appraisal().saveEntry(branch, 2026, blankFirst, blankFirst.withTallies(tenExcellent,
                AppraisalRule.Mass.NONE, null, null));
        // the second form found no record either: the one stored since is compared with its blank form
        RecordChangedException stored = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .saveEntry(branch, 2026, blankSecond, blankSecond.withTallies(new AppraisalRule.Tally(0, 9, 0, 0),
                        AppraisalRule.Mass.NONE, null, null)));
        assertEquals(List.of(new FieldChange("优秀票", "0", "10")), stored.changes());

        AppraisalEntry seenFirst = first.appraisal().sheet(branch, 2026).members().get(0).entry();
        AppraisalEntry seenSecond = second.appraisal().sheet(branch, 2026).members().get(0).entry();
        first.appraisal().saveEntry(branch, 2026, seenFirst, seenFirst.withTallies(new AppraisalRule.Tally(8, 2, 0, 0),
                AppraisalRule.Mass.NONE, null, null));
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.appraisal()
                .saveEntry(branch, 2026, seenSecond, seenSecond.withTallies(tenExcellent, AppraisalRule.Mass.NONE,
                        AppraisalGrade.QUALIFIED, "群众反映工作不够主动")));
        assertEquals(List.of(new FieldChange("优秀票", "10", "8"), new FieldChange("合格票", "0", "2")),
                refused.changes());
        AppraisalEntry now = first.appraisal().sheet(branch, 2026).members().get(0).entry();
        assertEquals(new AppraisalRule.Tally(8, 2, 0, 0), now.votes(), "theirs kept");
        assertNull(now.finalGrade(), "nothing of the refused save written");
        assertNull(now.reason());
        assertEquals(1, updates(first, "appraisal_entry"), "the trail records only the first change");

        // 用我的覆盖: saved again over the record as it is now
        AppraisalEntry theirs = refused.theirs(AppraisalEntry.class);
        assertEquals(now, theirs);
        second.appraisal().saveEntry(branch, 2026, theirs, seenSecond.withTallies(tenExcellent,
                AppraisalRule.Mass.NONE, AppraisalGrade.QUALIFIED, "群众反映工作不够主动"));
        assertEquals(AppraisalGrade.QUALIFIED, first.appraisal().sheet(branch, 2026).members().get(0).finalGrade());
        assertTrue(first.auditLog().verify().intact());
    }

    private static void noteEditedTwice(App first, App second) {
        long branch = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
        addMember(first, branch);
        long member = first.roster().members(branch).get(0).id();
        ReadingNote stored = first.notes().save(new ReadingNote(null, branch, member, LocalDate.of(2026, 3, 2),
                NoteKind.ESSAY, "学习党章心得", 1200, null, null, null, null, null));
        ReadingNote seenFirst = first.notes().notes(branch, 2026).get(0);
        ReadingNote seenSecond = second.notes().notes(branch, 2026).get(0);
        assertEquals(stored, seenFirst);

        // 编辑 on one PC, 批改 from the other's stale list: refused, the review not written
        first.notes().save(seenFirst, new ReadingNote(seenFirst.id(), branch, member, seenFirst.writtenOn(),
                NoteKind.ESSAY, "学习新党章心得", 1500, null, null, null, null, null));
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.notes()
                .review(seenSecond, "王书记", LocalDate.of(2026, 3, 9), "联系实际较好", Grade.GOOD));
        assertEquals(List.of(new FieldChange("题目", "学习党章心得", "学习新党章心得"),
                new FieldChange("字数", "1200", "1500")), refused.changes());
        ReadingNote now = first.notes().notes(branch, 2026).get(0);
        assertEquals("学习新党章心得", now.title(), "theirs kept");
        assertNull(now.reviewedOn(), "nothing of the refused review written");
        assertEquals(1, updates(first, "reading_note"), "the trail records only the edit");

        // 用我的覆盖: the review saved over the note as it is now, their edit kept
        ReadingNote theirs = refused.theirs(ReadingNote.class);
        assertEquals(now, theirs);
        second.notes().review(theirs, "王书记", LocalDate.of(2026, 3, 9), "联系实际较好", Grade.GOOD);
        ReadingNote reviewed = first.notes().notes(branch, 2026).get(0);
        assertEquals(Grade.GOOD, reviewed.grade());
        assertEquals("学习新党章心得", reviewed.title());

        // an edit from a form opened before the review is refused too
        RecordChangedException edit = assertThrows(RecordChangedException.class, () -> second.notes().save(
                seenSecond, new ReadingNote(seenSecond.id(), branch, member, seenSecond.writtenOn(), NoteKind.ESSAY,
                        "学习党章心得体会", 1200, null, null, null, null, null)));
        assertTrue(edit.changes().contains(new FieldChange("等级", EMPTY, "良")), edit.changes().toString());
        assertEquals(2, updates(first, "reading_note"));
        assertTrue(first.auditLog().verify().intact());
    }

    private static void pledgeStepsTakenTwice(App first, App second) {
        long branch = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
        Pledge stored = first.pledges().save(Pledge.draft(branch, null, PledgeCategory.of(true).get(0), null,
                "修通村组道路", null, null, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 3, 1)));
        Pledge seenFirst = first.pledges().pledge(stored.id());
        Pledge seenSecond = second.pledges().pledge(stored.id());

        first.pledges().approve(seenFirst, LocalDate.of(2026, 3, 5), "支部党员大会");
        RecordChangedException approved = assertThrows(RecordChangedException.class,
                () -> second.pledges().approve(seenSecond, LocalDate.of(2026, 3, 6), "支委会"));
        assertEquals(List.of(new FieldChange("审诺日期", EMPTY, "2026-03-05"),
                new FieldChange("审诺会议", EMPTY, "支部党员大会")), approved.changes());
        assertEquals("支部党员大会", first.pledges().pledge(stored.id()).approvedMeeting(), "theirs kept");

        // 示诺 compares only its own column: an edit of the terms and the 审诺 since do not stop it, nor are undone
        Pledge now = first.pledges().pledge(stored.id());
        first.pledges().save(now, edit(now, "修通村组道路两公里", null));
        second.pledges().publish(seenSecond, LocalDate.of(2026, 3, 10));
        Pledge published = first.pledges().pledge(stored.id());
        assertEquals("修通村组道路两公里", published.content());
        assertEquals(LocalDate.of(2026, 3, 5), published.approvedOn());
        assertEquals(LocalDate.of(2026, 3, 10), published.publishedOn());

        // the same step again from a dialog opened before it: refused with exactly that column, nothing written
        RecordChangedException twice = assertThrows(RecordChangedException.class,
                () -> first.pledges().publish(seenFirst, LocalDate.of(2026, 3, 11)));
        assertEquals(List.of(new FieldChange("公示日期", EMPTY, "2026-03-10")), twice.changes());
        assertEquals(LocalDate.of(2026, 3, 10), first.pledges().pledge(stored.id()).publishedOn());
        assertEquals(3, updates(first, "pledge"), "审诺, 编辑 and 示诺 once each in the trail");
        assertTrue(first.auditLog().verify().intact());
    }

    private static void settingsEditedTwice(App first, App second) {
        long branch = first.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE)).id();
        StudySettings seenFirst = first.study().settings(branch, 2026);
        StudySettings seenSecond = second.study().settings(branch, 2026);
        List<String> topics = seenFirst.topics();
        // none stored yet: the first save stores them, the second is compared with the defaults it showed
        first.study().saveSettings(branch, 2026, seenFirst, new StudySettings(320, 2, 3, null, topics));
        RecordChangedException refused = assertThrows(RecordChangedException.class, () -> second.study()
                .saveSettings(branch, 2026, seenSecond, new StudySettings(400, 2, 3, 480, topics)));
        assertEquals(List.of(new FieldChange("要求学时(0.1学时)", "400", "320")), refused.changes());
        assertNull(first.study().settings(branch, 2026).committeeRequiredTenths(), "nothing of the refused save");

        StudySettings now = first.study().settings(branch, 2026);
        first.study().saveSettings(branch, 2026, now, new StudySettings(320, 1, 2, null, topics));
        RecordChangedException again = assertThrows(RecordChangedException.class, () -> second.study()
                .saveSettings(branch, 2026, now, new StudySettings(320, 2, 3, 480, topics)));
        assertEquals(List.of(new FieldChange("集中学习占比(分子)", "2", "1"),
                new FieldChange("集中学习占比(分母)", "3", "2")), again.changes());
        assertEquals(1, updates(first, "study_settings"), "the trail records only the first change");

        // 用我的覆盖: saved again over the settings as they are now
        StudySettings theirs = again.theirs(StudySettings.class);
        second.study().saveSettings(branch, 2026, theirs, new StudySettings(320, 2, 3, 480, topics));
        assertEquals(480, first.study().settings(branch, 2026).committeeRequiredTenths());
        assertTrue(first.auditLog().verify().intact());
    }

    private static Attendance mark(Attendance a, AttendanceStatus status) {
        return new Attendance(a.id(), a.sessionId(), a.memberId(), status, null, null);
    }

    private static Map<Long, Attendance> byMember(List<Attendance> rows) {
        Map<Long, Attendance> out = new java.util.HashMap<>();
        rows.forEach(a -> out.put(a.memberId(), a));
        return out;
    }

    private static Pledge edit(Pledge p, String content, String measures) {
        return p.withTerms(p.memberId(), p.category(), p.post(), content, measures, p.responsible(), p.deadline(),
                p.pledgedOn());
    }

    private static void addMember(App app, long branch) {
        MemberFormModel add = new MemberFormModel(branch, null, app.roster()::today);
        add.value(RosterField.NAME).set("张三");
        add.value(RosterField.ID_NUMBER).set("11010519491231002X");
        assertTrue(app.roster().save(branch, null, add.values()).ok());
    }

    /** The edit form opened on {@code seen}, with one field typed. */
    private static MemberFormModel form(Member seen, App app, RosterField field, String text) {
        MemberFormModel form = new MemberFormModel(seen.branchId(), seen, app.roster()::today);
        form.value(field).set(text);
        return form;
    }

    private static int memberUpdates(App app) {
        return updates(app, "member");
    }

    static int updates(App app, String table) {
        return AppInternals.database(app).dsl().fetchOne(
                "SELECT COUNT(*) FROM audit_log WHERE table_name = ? AND action = 'UPDATE'", table).get(0, Integer.class);
    }

    static String server() {
        PgCluster pg = PgCluster.require();
        return pg.newDatabase();
    }

    private App onServer(String server, String pc) throws Exception {
        return onServer(dir, server, pc);
    }

    /** A PC of the office: its own data folder under {@code dir}, the data on {@code server}. */
    static App onServer(Path dir, String server, String pc) throws Exception {
        return org.branchledger.testing.TestApps.onServer(dir.resolve(pc), server);
    }
}
