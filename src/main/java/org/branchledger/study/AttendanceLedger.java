package org.branchledger.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.ledger.Align;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;

/**
 * 学习教育考勤台账 (DOMAIN.md §6): every session of the year with who was expected, who came, and how many were on
 * leave, absent, made it up or had the lesson taken home; under each session's row, a row across the table names
 * them ("请假：张三、李四；补课：王五（1月11日）"). 应到 counts the members recorded for the session (支委会: the
 * committee); 实到 those present in person.
 */
public final class AttendanceLedger implements LedgerKind {
    /** The layout version from which the names are printed under the session's row (before: in four columns). */
    static final int NAMES_UNDER_ROW = 3;
    private static final List<Column> COLUMNS = List.of(
            new Column("日期", 1.1f, Align.CENTER), new Column("形式", 1.3f, Align.CENTER),
            new Column("主题", 5.2f, Align.LEFT), new Column("学时", 0.8f, Align.CENTER),
            new Column("应到", 0.8f, Align.CENTER), new Column("实到", 0.8f, Align.CENTER),
            new Column("请假", 0.8f, Align.CENTER), new Column("缺席", 0.8f, Align.CENTER),
            new Column("补课", 0.8f, Align.CENTER), new Column("送课上门", 1.2f, Align.CENTER));
    /** The statuses named under a session's row, in this order, and their words. */
    private static final List<AttendanceStatus> NAMED = List.of(AttendanceStatus.LEAVE, AttendanceStatus.ABSENT,
            AttendanceStatus.MADE_UP, AttendanceStatus.AT_HOME);
    private static final List<String> NAMED_WORDS = List.of("请假", "缺席", "补课", "送课上门");

    private final StudyService study;
    private final RosterService roster;

    public AttendanceLedger(StudyService study, RosterService roster) {
        this.study = study;
        this.roster = roster;
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public String title() {
        return "学习教育考勤台账";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        return build(request, NAMES_UNDER_ROW);
    }

    /** Before layout version 3 the names stood in four columns of their own, a make-up's date in ASCII brackets. */
    @Override
    public LedgerDocument build(LedgerRequest request, int layoutVersion) {
        boolean under = layoutVersion >= NAMES_UNDER_ROW;
        long branchId = request.branch().id();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (Member m : roster.members(branchId)) {
            names.put(m.id(), m.name());
            order.put(m.id(), order.size());
        }
        Map<Long, List<Attendance>> bySession = new HashMap<>();
        for (Attendance a : study.attendance(branchId, request.year())) {
            bySession.computeIfAbsent(a.sessionId(), k -> new ArrayList<>()).add(a);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<AttendanceStatus, Integer> totals = new EnumMap<>(AttendanceStatus.class);
        int expectedTotal = 0;
        int tenths = 0;
        List<StudySession> sessions = study.sessions(branchId, request.year());
        for (StudySession s : sessions) {
            List<Attendance> list = bySession.getOrDefault(s.id(), new ArrayList<>());
            list.sort((a, b) -> Integer.compare(order.getOrDefault(a.memberId(), Integer.MAX_VALUE),
                    order.getOrDefault(b.memberId(), Integer.MAX_VALUE)));
            Map<AttendanceStatus, List<String>> who = new EnumMap<>(AttendanceStatus.class);
            for (Attendance a : list) {
                String name = names.getOrDefault(a.memberId(), "?");
                if (a.status() == AttendanceStatus.MADE_UP && a.makeupOn() != null) {
                    String when = a.makeupOn().getYear() == s.heldOn().getYear() ? monthDay(a.makeupOn())
                            : SigninLedger.date(a.makeupOn());
                    name += under ? "（" + when + "）" : "(" + when + ")";
                }
                who.computeIfAbsent(a.status(), k -> new ArrayList<>()).add(name);
                totals.merge(a.status(), 1, Integer::sum);
            }
            expectedTotal += list.size();
            tenths += s.hoursTenths();
            List<String> row = new ArrayList<>(Arrays.asList(monthDay(s.heldOn()), s.kind().label(), s.topic(),
                    Hours.format(s.hoursTenths()), String.valueOf(list.size()), count(who, AttendanceStatus.PRESENT)));
            StringBuilder note = new StringBuilder();
            for (int i = 0; i < NAMED.size(); i++) {
                List<String> named = who.getOrDefault(NAMED.get(i), List.of());
                row.add(under ? String.valueOf(named.size()) : String.join("、", named));
                if (!named.isEmpty()) {
                    note.append(note.isEmpty() ? "" : "；").append(NAMED_WORDS.get(i)).append("：")
                            .append(String.join("、", named));
                }
            }
            rows.add(row);
            notes.add(note.toString());
        }
        TableSection table = new TableSection(null, COLUMNS, rows);
        List<Section> sections = new ArrayList<>();
        sections.add(under ? table.withNotes(notes) : table);
        int present = totals.getOrDefault(AttendanceStatus.PRESENT, 0);
        int credited = present + totals.getOrDefault(AttendanceStatus.MADE_UP, 0)
                + totals.getOrDefault(AttendanceStatus.AT_HOME, 0);
        sections.add(new TextSection(List.of(
                "全年学习活动 " + sessions.size() + " 次，共 " + Hours.format(tenths) + " 学时；应到 " + expectedTotal
                        + " 人次，实到 " + present + " 人次(出勤率 " + percent(present, expectedTotal) + ")；请假 "
                        + totals.getOrDefault(AttendanceStatus.LEAVE, 0) + " 人次，缺席 "
                        + totals.getOrDefault(AttendanceStatus.ABSENT, 0) + " 人次，补课 "
                        + totals.getOrDefault(AttendanceStatus.MADE_UP, 0) + " 人次，送课上门 "
                        + totals.getOrDefault(AttendanceStatus.AT_HOME, 0) + " 人次；计入学时 " + credited + " 人次"
                        + "(含补课、送课上门)。",
                under ? "说明：实到为当场出席人数；请假、缺席、补课、送课上门栏为人数，其姓名列在该次活动下方一行，"
                        + "补课姓名后括号内为补课日期；请假、缺席未补课的不计学时。"
                        : "说明：实到为当场出席人数；补课栏括号内为补课日期；请假、缺席未补课的不计学时。")));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }

    private static String count(Map<AttendanceStatus, List<String>> who, AttendanceStatus status) {
        return String.valueOf(who.getOrDefault(status, List.of()).size());
    }

    private static String percent(int part, int whole) {
        if (whole == 0) {
            return "—";
        }
        long tenthsOfPercent = Math.round(part * 1000.0 / whole);
        return tenthsOfPercent / 10 + "." + tenthsOfPercent % 10 + "%";
    }

    /** 3月5日: the year is the ledger's period. */
    static String monthDay(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
