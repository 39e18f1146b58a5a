package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;

/** What the page shows from one load, without a window. */
class StudyPageModelTest {

    @Test
    void sessionsCountExpectedAndPresentAndHoursAreSummed() {
        StudySession a = new StudySession(1L, 1, LocalDate.of(2026, 3, 5), SessionKind.STUDY, "党章", 15, null, null);
        StudySession b = new StudySession(2L, 1, LocalDate.of(2026, 4, 1), SessionKind.PARTY_LECTURE, "党史", 20, null,
                null);
        List<Attendance> attendance = List.of(new Attendance(1L, 1, 1, AttendanceStatus.PRESENT, null, null),
                new Attendance(2L, 1, 2, AttendanceStatus.AT_HOME, null, null),
                new Attendance(3L, 1, 3, AttendanceStatus.LEAVE, null, null),
                new Attendance(4L, 2, 1, AttendanceStatus.PRESENT, null, null));
        // as the database counts them: 应到 every row, 实到 出席 only
        java.util.Map<Long, SessionCount> counts = java.util.Map.of(1L, new SessionCount(3, 1), 2L, new SessionCount(1, 1));
        StudySession c = new StudySession(3L, 1, LocalDate.of(2026, 5, 1), SessionKind.STUDY, "新的一场", 10, null, null);
        List<StudyPageModel.SessionRow> rows = StudyPageModel.rows(List.of(a, b, c), counts);
        assertEquals(3, rows.get(0).expected());
        assertEquals(1, rows.get(0).present()); // 送课上门 was not at the session
        assertEquals("1.5", rows.get(0).hours());
        assertEquals(1, rows.get(1).expected());
        assertEquals(0, rows.get(2).expected()); // no attendance rows yet

        Member ok = AttendanceGridModelTest.member(1, "张一", false, null);
        Member shortOf = AttendanceGridModelTest.member(2, "李二", true, null);
        MemberHours good = new MemberHours(ok, HoursRule.judge(300, 100, 400, 2, 3), List.of());
        MemberHours bad = new MemberHours(shortOf, HoursRule.judge(100, 0, 400, 2, 3), List.of("甲", "乙"));
        StudyPageModel model = new StudyPageModel();
        model.show(new StudyPageModel.Data(1, 2026, StudySettings.defaults(), List.of(a, b), counts,
                List.of(ok, shortOf), List.of(good, bad)));
        assertEquals("2026年度：达标 1 人，未达标 1 人", model.hoursSummary().get());
        assertEquals("2026年度要求 40.0 学时，其中集中学习不少于 2/3", model.ruleLine().get());
        assertEquals("甲、乙", StudyPageModel.topicsMissing(bad));
        assertEquals("无", StudyPageModel.topicsMissing(good));
        List<Attendance> ofA = attendance.stream().filter(x -> x.sessionId() == 1).toList();
        assertEquals(2, model.grid(a, ofA).rows().size());
        assertEquals(AttendanceStatus.AT_HOME, model.grid(a, ofA).rows().get(1).status());
    }
}
