package org.branchledger.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.roster.Member;
import org.branchledger.study.Attendance;
import org.branchledger.study.AttendanceStatus;
import org.branchledger.study.MemberHours;
import org.branchledger.study.SessionKind;
import org.branchledger.study.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** The demo's year of study: the cadence, realistic attendance, self-study, the same every time. */
@OnBothEngines
class DemoStudyTest {
    private static final int YEAR = 2025;
    private static final String NAME = "红旗村党支部（示范）";

    @TempDir
    Path dir;

    /** Everything the demo wrote for the year, keyed by ID numbers and dates rather than database ids. */
    private static List<String> snapshot(App app, long branchId) {
        Map<Long, Member> members = app.roster().members(branchId).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<Long, StudySession> sessions = app.study().sessions(branchId, YEAR).stream()
                .collect(Collectors.toMap(StudySession::id, Function.identity()));
        List<String> out = new ArrayList<>();
        app.study().sessions(branchId, YEAR).forEach(s -> out.add(s.heldOn() + " " + s.kind() + " " + s.topic() + " "
                + s.hoursTenths() + " " + s.place() + " " + s.speaker()));
        app.study().attendance(branchId, YEAR).forEach(a -> out.add(sessions.get(a.sessionId()).heldOn() + " "
                + sessions.get(a.sessionId()).topic() + " " + members.get(a.memberId()).idNumber() + " " + a.status()
                + " " + a.makeupOn() + " " + a.makeupHow()));
        app.study().selfStudy(branchId, YEAR).forEach(s -> out.add(members.get(s.memberId()).idNumber() + " "
                + s.studiedOn() + " " + s.material() + " " + s.hoursTenths()));
        out.sort(null);
        return out;
    }

    @Test
    void theSameArgumentsGiveTheSameYear() throws Exception {
        List<String> first;
        List<String> second;
        try (App app = TestApps.open(dir.resolve("a"))) {
            first = snapshot(app, app.demo().create(NAME, 30, 45, YEAR).branch().id());
        }
        try (App app = TestApps.open(dir.resolve("b"))) {
            second = snapshot(app, app.demo().create(NAME, 30, 45, YEAR).branch().id());
        }
        assertTrue(first.size() > 1000, "sessions, attendance and self-study: " + first.size());
        assertEquals(first, second);
    }

    @Test
    void aRealisticYear() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.demo().create(NAME, 40, YEAR).branch();
            long id = branch.id();
            List<StudySession> sessions = app.study().sessions(id, YEAR);
            assertEquals(DemoService.DEFAULT_SESSIONS, sessions.size(), "the default number of sessions");
            Set<SessionKind> kinds = sessions.stream().map(StudySession::kind).collect(Collectors.toSet());
            assertTrue(kinds.containsAll(EnumSet.of(SessionKind.COMMITTEE_MEETING, SessionKind.GROUP_MEETING,
                    SessionKind.THEME_DAY, SessionKind.GENERAL_MEETING, SessionKind.PARTY_LECTURE, SessionKind.STUDY,
                    SessionKind.SEMINAR, SessionKind.LIFE_MEETING)), kinds.toString());
            sessions.forEach(s -> assertTrue(s.hoursTenths() >= 10 && s.hoursTenths() <= 30, s.toString()));
            assertTrue(sessions.stream().anyMatch(s -> s.hoursTenths() == 15), "some 1.5 学时");
            for (int month = 1; month <= 12; month++) {
                int m = month;
                assertTrue(sessions.stream().anyMatch(s -> s.heldOn().getMonthValue() == m), "sessions in month " + m);
            }

            List<Member> roster = app.roster().members(id);
            Map<Long, Member> byId = roster.stream().collect(Collectors.toMap(Member::id, Function.identity()));
            Map<Long, StudySession> sessionById = sessions.stream()
                    .collect(Collectors.toMap(StudySession::id, Function.identity()));
            List<Attendance> attendance = app.study().attendance(id, YEAR);
            Map<AttendanceStatus, Long> counts = attendance.stream()
                    .collect(Collectors.groupingBy(Attendance::status, Collectors.counting()));
            assertEquals(EnumSet.allOf(AttendanceStatus.class), counts.keySet(), counts.toString());
            assertTrue(counts.get(AttendanceStatus.PRESENT) > attendance.size() * 0.6, "most come: " + counts);
            for (Attendance a : attendance) {
                Member m = byId.get(a.memberId());
                StudySession s = sessionById.get(a.sessionId());
                if (s.kind() == SessionKind.COMMITTEE_MEETING) {
                    assertTrue(m.committeeMember(), "支委会 is for the committee");
                }
                if (a.status() == AttendanceStatus.MADE_UP) {
                    assertEquals(s.heldOn().plusWeeks(1), a.makeupOn(), "made up a week later");
                    assertTrue(a.makeupHow() != null && !a.makeupHow().isBlank());
                }
                if (a.status() == AttendanceStatus.AT_HOME) {
                    assertFalse(m.canWrite(), "lessons are taken home to old members: " + m.name());
                }
                if (m.lostContact()) {
                    assertEquals(AttendanceStatus.ABSENT, a.status());
                }
                if (m.joinedOn() != null) {
                    assertFalse(m.joinedOn().firstDay().isAfter(s.heldOn()), "not asked before joining");
                }
            }
            long committee = roster.stream().filter(Member::current).filter(Member::committeeMember).count();
            StudySession committeeMeeting = sessions.stream().filter(s -> s.kind() == SessionKind.COMMITTEE_MEETING)
                    .findFirst().orElseThrow();
            assertEquals(committee, app.study().attendance(committeeMeeting.id()).size());
            StudySession themeDay = sessions.stream().filter(s -> s.kind() == SessionKind.THEME_DAY)
                    .reduce((a, b) -> b).orElseThrow();
            long onRoster = roster.stream().filter(m -> m.joinedOn().firstDay().compareTo(themeDay.heldOn()) <= 0)
                    .filter(m -> m.leftOn() == null || m.leftOn().firstDay().isAfter(themeDay.heldOn())).count();
            assertEquals(onRoster, app.study().attendance(themeDay.id()).size(), "everyone on the roster that day");

            long selfStudying = app.study().selfStudy(id, YEAR).stream().map(s -> s.memberId()).distinct().count();
            assertTrue(selfStudying > 20, "many members study alone too: " + selfStudying);

            List<MemberHours> hours = app.study().hours(id, YEAR);
            long compliant = hours.stream().filter(h -> h.standing().compliant()).count();
            assertTrue(compliant > hours.size() / 2 && compliant < hours.size(), "some comply, some fall short: "
                    + compliant + " of " + hours.size());
            assertTrue(hours.stream().anyMatch(h -> !h.standing().centralisedEnough() && h.member().floating()),
                    "流动党员 short of centralised study");
        }
    }

    @Test
    void inTheCurrentYearSessionsStopYesterday() throws Exception {
        LocalDate today = LocalDate.now();
        try (App app = TestApps.open(dir.resolve("data"))) {
            long id = app.demo().create(NAME, 12, 30, today.getYear()).branch().id();
            List<StudySession> sessions = app.study().sessions(id, today.getYear());
            sessions.forEach(s -> assertTrue(s.heldOn().isBefore(today), s.toString()));
            app.study().attendance(id, today.getYear()).forEach(a -> assertTrue(a.makeupOn() == null
                    || a.makeupOn().isBefore(today), a.toString()));
            app.study().selfStudy(id, today.getYear()).forEach(s -> assertTrue(s.studiedOn().isBefore(today)));
        }
    }

    @Test
    void theCommandTakesSessionsAndYear() throws Exception {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "25", "--sessions", "33", "--year", String.valueOf(YEAR)), cli.err());
        assertEquals("", cli.err(), "no notice about sessions any more");
        assertTrue(cli.out().contains("当前党员 25 人，2025年学习活动 33 场"), cli.out());
        try (App app = TestApps.open(data)) {
            long id = app.branches().resolve(null).id();
            assertEquals(33, app.study().sessions(id, YEAR).size());
            assertEquals(25, app.roster().members(id).stream().filter(Member::current).count());
        }
    }
}
