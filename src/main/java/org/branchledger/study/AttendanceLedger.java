package org.branchledger.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * 学习教育考勤台账 (DOMAIN.md §6): every session of the year with who was expected, who came, and by name
 * who was on leave, absent, made it up (with the date) or had the lesson taken home. 应到 counts the members
 * recorded for the session (支委会: the committee); 实到 those present in person.
 */
public final class AttendanceLedger implements LedgerKind {
    /** The session's columns; the four of names get their widths from how much each holds ({@link #columns}). */
    private static final List<Column> SESSION_COLUMNS = List.of(
            new Column("日期", 1.1f, Align.CENTER), new Column("形式", 1.3f, Align.CENTER),
            new Column("主题", 2.2f, Align.LEFT), new Column("学时", 0.8f, Align.CENTER),
            new Column("应到", 0.8f, Align.CENTER), new Column("实到", 0.8f, Align.CENTER));
    private static final List<String> NAME_COLUMNS = List.of("请假", "缺席", "补课", "送课上门");
    /** The weight the four columns of names share, and the least each gets (its header on one line). */
    private static final float NAMES_WEIGHT = 11f;
    private static final float LEAST_NAMES_WEIGHT = 1.4f;

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
        long branchId = request.branch().id();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (Member m : roster.members(branchId)) {
            names.put(m.id(), m.name());
            order.put(m.id(), order.size());
        }
        Map<Long, List<Attendance>> bySession = new LinkedHashMap<>();
        for (Attendance a : study.attendance(branchId, request.year())) {
            bySession.computeIfAbsent(a.sessionId(), k -> new ArrayList<>()).add(a);
        }
        List<List<String>> rows = new ArrayList<>();
        Map<AttendanceStatus, Integer> totals = new EnumMap<>(AttendanceStatus.class);
        int expectedTotal = 0;
        int tenths = 0;
        List<StudySession> sessions = study.sessions(branchId, request.year());
        for (StudySession s : sessions) {
            List<Attendance> list = new ArrayList<>(bySession.getOrDefault(s.id(), List.of()));
            list.sort((a, b) -> Integer.compare(order.getOrDefault(a.memberId(), Integer.MAX_VALUE),
                    order.getOrDefault(b.memberId(), Integer.MAX_VALUE)));
            Map<AttendanceStatus, List<String>> who = new EnumMap<>(AttendanceStatus.class);
            for (Attendance a : list) {
                String name = names.getOrDefault(a.memberId(), "?");
                if (a.status() == AttendanceStatus.MADE_UP && a.makeupOn() != null) {
                    name += "(" + (a.makeupOn().getYear() == s.heldOn().getYear() ? monthDay(a.makeupOn())
                            : SigninLedger.date(a.makeupOn())) + ")";
                }
                who.computeIfAbsent(a.status(), k -> new ArrayList<>()).add(name);
                totals.merge(a.status(), 1, Integer::sum);
            }
            expectedTotal += list.size();
            tenths += s.hoursTenths();
            rows.add(Arrays.asList(monthDay(s.heldOn()), s.kind().label(), s.topic(), Hours.format(s.hoursTenths()),
                    String.valueOf(list.size()),
                    String.valueOf(who.getOrDefault(AttendanceStatus.PRESENT, List.of()).size()),
                    names(who, AttendanceStatus.LEAVE), names(who, AttendanceStatus.ABSENT),
                    names(who, AttendanceStatus.MADE_UP), names(who, AttendanceStatus.AT_HOME)));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new TableSection(null, columns(rows), rows));
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
                "说明：实到为当场出席人数；补课栏括号内为补课日期；请假、缺席未补课的不计学时。")));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }

    /**
     * The columns, the names' widths in proportion to the text each column holds over the year: a branch of a
     * thousand members has sessions with a hundred names made up (each with its date) and a few taken home, and
     * equal columns made each such session a page or more of mostly empty cells.
     */
    static List<Column> columns(List<List<String>> rows) {
        int first = SESSION_COLUMNS.size();
        long[] chars = new long[NAME_COLUMNS.size()];
        long total = 0;
        for (List<String> row : rows) {
            for (int c = 0; c < chars.length; c++) {
                chars[c] += row.get(first + c).length();
                total += row.get(first + c).length();
            }
        }
        List<Column> columns = new ArrayList<>(SESSION_COLUMNS);
        float spare = NAMES_WEIGHT - LEAST_NAMES_WEIGHT * chars.length;
        for (int c = 0; c < chars.length; c++) {
            float share = total == 0 ? spare / chars.length : spare * chars[c] / total;
            columns.add(new Column(NAME_COLUMNS.get(c), LEAST_NAMES_WEIGHT + share, Align.LEFT));
        }
        return columns;
    }

    private static String names(Map<AttendanceStatus, List<String>> who, AttendanceStatus status) {
        return String.join("、", who.getOrDefault(status, List.of()));
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
