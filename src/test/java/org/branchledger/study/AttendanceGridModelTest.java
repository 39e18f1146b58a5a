package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.roster.Member;
import org.branchledger.study.AttendanceGridModel.Row;
import org.junit.jupiter.api.Test;

/** The 考勤 grid without a window: who is in it, what counts as an unsaved edit, what is written. */
class AttendanceGridModelTest {
    static final StudySession SESSION = new StudySession(10L, 1, LocalDate.of(2026, 3, 5), SessionKind.STUDY, "党章",
            15, null, null);

    static Member member(long id, String name, boolean floating, String left) {
        return new Member(id, 1, name, "11010519491231002X", "女", null, null, null, null, null, null, null, null, null,
                null, "正常", false, null, floating, floating ? "广东" : null, null, null, false, null, true, left, null);
    }

    private static final List<Member> MEMBERS = List.of(member(1, "张一", false, null), member(2, "李二", true, null),
            member(3, "王三", false, "去世"), member(4, "赵四", false, "转出"), member(5, "钱五", false, null));

    private static Attendance stored(long memberId, AttendanceStatus status) {
        return new Attendance(100 + memberId, 10, memberId, status, null, null);
    }

    @Test
    void everyCurrentMemberAndAnyoneWhoLeftButIsRecordedIsInTheGrid() {
        AttendanceGridModel grid = new AttendanceGridModel(SESSION, MEMBERS,
                List.of(stored(1, AttendanceStatus.PRESENT), stored(3, AttendanceStatus.LEAVE)));
        assertEquals(List.of("张一", "李二", "王三", "钱五"), grid.rows().stream().map(r -> r.member().name()).toList());
        assertNull(grid.rows().get(1).status()); // 流动 and not yet recorded: still listed
        assertFalse(grid.dirty().get());
        assertEquals("出席 1 人　请假 1 人　未登记 2 人", grid.counts());
        assertEquals("流动党员", AttendanceGrid.note(MEMBERS.get(1)));

        StudySession committee = new StudySession(11L, 1, SESSION.heldOn(), SessionKind.COMMITTEE_MEETING, "议事", 10,
                null, null);
        assertEquals(List.of("张一"), new AttendanceGridModel(committee, MEMBERS,
                List.of(new Attendance(1L, 11, 1, AttendanceStatus.PRESENT, null, null))).rows().stream()
                .map(r -> r.member().name()).toList()); // only the committee, and whoever is recorded
    }

    @Test
    void editsAreMarkedUntilSavedOrReverted() {
        AttendanceGridModel grid = new AttendanceGridModel(SESSION, MEMBERS,
                List.of(stored(1, AttendanceStatus.PRESENT), stored(2, AttendanceStatus.PRESENT),
                        stored(5, AttendanceStatus.PRESENT)));
        Row first = grid.rows().get(0);
        grid.setStatus(first, AttendanceStatus.LEAVE);
        assertTrue(grid.dirty().get());
        assertTrue(first.changed());
        grid.setStatus(first, AttendanceStatus.PRESENT); // back as stored: no longer an edit
        assertFalse(grid.dirty().get());

        grid.setStatus(first, AttendanceStatus.LEAVE);
        grid.makeUp(grid.rows().get(1), LocalDate.of(2026, 3, 9), " 个别辅导 ");
        assertEquals(2, grid.changes().get());
        List<Attendance> written = grid.toSave();
        assertEquals(3, written.size());
        Attendance madeUp = written.get(1);
        assertEquals(AttendanceStatus.MADE_UP, madeUp.status());
        assertEquals(LocalDate.of(2026, 3, 9), madeUp.makeupOn());
        assertEquals("个别辅导", madeUp.makeupHow());
        assertEquals(10, madeUp.sessionId());

        grid.saved(written);
        assertFalse(grid.dirty().get());
        grid.setStatus(grid.rows().get(1), AttendanceStatus.ABSENT); // leaving 补课 forgets its date
        assertNull(grid.rows().get(1).state().get().makeupOn());
        grid.revert();
        assertEquals(AttendanceStatus.MADE_UP, grid.rows().get(1).status());
        assertEquals(LocalDate.of(2026, 3, 9), grid.rows().get(1).state().get().makeupOn());
        assertFalse(grid.dirty().get());
    }

    @Test
    void aMakeUpWithoutItsDateCannotBeSaved() {
        AttendanceGridModel grid = new AttendanceGridModel(SESSION, MEMBERS, List.of());
        assertNull(grid.problem());
        grid.setStatus(grid.rows().get(0), AttendanceStatus.MADE_UP);
        assertEquals("补课须填写补课日期：张一", grid.problem());
        assertEquals(1, grid.toSave().size()); // rows nobody marked stay unrecorded
    }

    /** After a save refused for someone else's change (decision 0025): 用我的覆盖 keeps the user's lines only. */
    @Test
    void overwritingKeepsTheUsersLinesAndShowsTheirsElsewhere() {
        AttendanceGridModel grid = new AttendanceGridModel(SESSION, MEMBERS,
                List.of(stored(1, AttendanceStatus.PRESENT), stored(2, AttendanceStatus.PRESENT)));
        grid.setStatus(grid.rows().get(0), AttendanceStatus.ABSENT);
        assertEquals(2, grid.stored().size());
        grid.rebase(List.of(stored(1, AttendanceStatus.LEAVE), stored(2, AttendanceStatus.LEAVE),
                stored(5, AttendanceStatus.AT_HOME)));
        assertEquals(AttendanceStatus.ABSENT, grid.rows().get(0).status(), "the user's line stays, to be saved over");
        assertTrue(grid.rows().get(0).changed());
        assertEquals(AttendanceStatus.LEAVE, grid.rows().get(1).status(), "a line the user left shows theirs");
        assertEquals(AttendanceStatus.AT_HOME, grid.rows().get(2).status());
        assertEquals(1, grid.changes().get(), "only the user's line is an edit");
        assertEquals(AttendanceStatus.LEAVE, grid.stored().get(1L).status(), "the check is now against theirs");
        grid.revert(); // 放弃我的修改: theirs everywhere
        assertEquals(AttendanceStatus.LEAVE, grid.rows().get(0).status());
        assertFalse(grid.dirty().get());
    }
}
