package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 新增活动 and 登记自学, checked as the user types. */
class SessionFormModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void startsOnTodayAndNeedsTopicAndHours() {
        SessionFormModel form = new SessionFormModel(1, 2026, List.of(), TODAY);
        assertEquals("2026-05-20", form.date().get());
        assertFalse(form.valid().get());
        form.topic().set("学习党章");
        form.hours().set("1.55");
        assertEquals("学时最多一位小数: 1.55", form.hoursError().get());
        assertFalse(form.valid().get());
        form.hours().set("1.5");
        assertTrue(form.valid().get());
        form.kind().set(SessionKind.PARTY_LECTURE);
        form.place().set(" 村部会议室 ");
        StudySession s = form.session();
        assertEquals(LocalDate.of(2026, 5, 20), s.heldOn());
        assertEquals(15, s.hoursTenths());
        assertEquals(SessionKind.PARTY_LECTURE, s.kind());
        assertEquals("村部会议室", s.place());
        assertEquals(null, s.speaker());
    }

    @Test
    void theDateMustBeADayOfTheYearShown() {
        SessionFormModel form = new SessionFormModel(1, 2025, List.of(), TODAY);
        assertEquals("", form.date().get()); // not this year: no guess
        form.topic().set("学习党章");
        form.hours().set("2");
        form.date().set("2026年3月5日");
        assertEquals("日期不在 2025 年内（可在窗口上方切换年度）", form.dateError().get());
        form.date().set("2025-03");
        assertEquals("请填写到日，如 2026-03-05", form.dateError().get());
        form.date().set("2025.3.5");
        assertEquals("", form.dateError().get());
        assertTrue(form.valid().get());
        assertEquals(LocalDate.of(2025, 3, 5), form.session().heldOn());
    }

    @Test
    void theSameSessionCannotBeEnteredTwice() {
        StudySession existing = new StudySession(4L, 1, TODAY, SessionKind.STUDY, "学习党章", 10, null, null);
        SessionFormModel form = new SessionFormModel(1, 2026, List.of(existing), TODAY);
        form.topic().set("学习党章 ");
        form.hours().set("1");
        assertEquals("这一天已有同一形式、同一主题的活动", form.topicError().get());
        assertFalse(form.valid().get());
        form.kind().set(SessionKind.THEME_DAY);
        assertTrue(form.valid().get());
    }

    @Test
    void everyCurrentMemberStartsPresentOrAbsent() {
        SessionFormModel form = new SessionFormModel(1, 2026, List.of(), TODAY);
        var members = List.of(AttendanceGridModelTest.member(1, "张一", false, null),
                AttendanceGridModelTest.member(2, "李二", true, null));
        assertTrue(form.attendance(members).stream().allMatch(a -> a.status() == AttendanceStatus.PRESENT));
        form.allPresent().set(false);
        assertTrue(form.attendance(members).stream().allMatch(a -> a.status() == AttendanceStatus.ABSENT));
        assertEquals(2, form.attendance(members).size());
        form.kind().set(SessionKind.COMMITTEE_MEETING); // a meeting of the committee only
        assertEquals(0, form.attendance(members).size());
    }

    @Test
    void selfStudyNeedsMemberMaterialAndHours() {
        SelfStudyDialogModel self = new SelfStudyDialogModel(2026, null, TODAY);
        self.material().set("学习《中国共产党章程》");
        self.hours().set("3.5");
        assertFalse(self.valid().get());
        self.member().set(AttendanceGridModelTest.member(7, "张一", false, null));
        assertTrue(self.valid().get());
        SelfStudy entry = self.entry();
        assertEquals(7, entry.memberId());
        assertEquals(35, entry.hoursTenths());
        assertEquals(TODAY, entry.studiedOn());
        self.hours().set("25");
        assertEquals("学时应大于0且不超过24: 25", self.hoursError().get());
        assertFalse(self.valid().get());
    }
}
