package org.branchledger.study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.branchledger.roster.RosterService;

/**
 * 三会一课记录 (DOMAIN.md §2, §6): one row per month with the dates each required meeting was held, and
 * in 缺项 what {@link MeetingCadence} required and is missing: the month's own gaps, and a quarter's gaps in
 * the quarter's last month. Periods not yet over are not judged; the yearly 组织生活会 is at the foot.
 */
public final class MeetingsLedger implements LedgerKind {
    private static final List<SessionKind> KINDS = List.of(SessionKind.GENERAL_MEETING,
            SessionKind.COMMITTEE_MEETING, SessionKind.GROUP_MEETING, SessionKind.PARTY_LECTURE, SessionKind.THEME_DAY);
    private static final List<Column> COLUMNS = List.of(
            new Column("月份", 0.8f, Align.CENTER), new Column("支部党员大会", 1.5f, Align.CENTER),
            new Column("支委会", 1.5f, Align.CENTER), new Column("党小组会", 1.5f, Align.CENTER),
            new Column("党课", 1.5f, Align.CENTER), new Column("主题党日", 1.5f, Align.CENTER),
            new Column("缺项", 2.8f, Align.LEFT));

    private final StudyService study;

    public MeetingsLedger(StudyService study, RosterService roster) {
        this.study = study;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String title() {
        return "三会一课记录";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        int year = request.year();
        LocalDate today = request.asOf();
        List<StudySession> sessions = study.sessions(request.branch().id(), year);
        List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(sessions, year, today);
        List<List<String>> rows = new ArrayList<>();
        Map<SessionKind, Integer> counts = new EnumMap<>(SessionKind.class);
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            List<String> row = new ArrayList<>();
            row.add(month + "月");
            for (SessionKind kind : KINDS) {
                List<LocalDate> held = heldIn(sessions, kind, ym.atDay(1), ym.atEndOfMonth());
                counts.merge(kind, held.size(), Integer::sum);
                row.add(held.stream().map(AttendanceLedger::monthDay).collect(Collectors.joining("、")));
            }
            row.add(missing(gaps, year, month, ym, today, sessions));
            rows.add(row);
        }
        List<String> foot = new ArrayList<>();
        foot.add("全年召开：支部党员大会 " + counts.get(SessionKind.GENERAL_MEETING) + " 次，支委会 "
                + counts.get(SessionKind.COMMITTEE_MEETING) + " 次，党小组会 " + counts.get(SessionKind.GROUP_MEETING)
                + " 次，党课 " + counts.get(SessionKind.PARTY_LECTURE) + " 次，主题党日 "
                + counts.get(SessionKind.THEME_DAY) + " 次。");
        List<LocalDate> life = heldIn(sessions, SessionKind.LIFE_MEETING, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        String yearGap = gaps.stream().filter(g -> g.period().equals(year + "年"))
                .map(g -> "缺" + g.kind().label()).collect(Collectors.joining("、"));
        foot.add("组织生活会：" + (life.isEmpty() ? (yearGap.isEmpty() ? "本年度尚未召开" : "未召开(" + yearGap + ")")
                : life.stream().map(AttendanceLedger::monthDay).collect(Collectors.joining("、"))) + "。");
        foot.add("缺项合计 " + gaps.size() + " 处"
                + (gaps.isEmpty() ? "" : "：" + gaps.stream().map(MeetingCadence.Gap::toString)
                        .collect(Collectors.joining("；"))) + "。");
        foot.add("要求(支部工作条例)：支委会、党小组会、主题党日每月一次；支部党员大会、党课每季度至少一次；"
                + "组织生活会每年一次。已结束的月份和季度才检查缺项。");
        List<Section> sections = List.of(new TableSection(null, COLUMNS, rows), new TextSection(foot));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(year), Orientation.PORTRAIT,
                sections, null);
    }

    private static List<LocalDate> heldIn(List<StudySession> sessions, SessionKind kind, LocalDate from, LocalDate to) {
        return sessions.stream().filter(s -> s.kind() == kind && !s.heldOn().isBefore(from) && !s.heldOn().isAfter(to))
                .map(StudySession::heldOn).distinct().sorted().toList();
    }

    /** The month's gaps, then (in a quarter's last month) the quarter's; a month not yet over is marked so. */
    private static String missing(List<MeetingCadence.Gap> gaps, int year, int month, YearMonth ym, LocalDate today,
                                  List<StudySession> sessions) {
        List<String> parts = new ArrayList<>();
        String monthPeriod = year + "年" + month + "月";
        List<String> monthly = gaps.stream().filter(g -> g.period().equals(monthPeriod))
                .map(g -> g.kind().label()).toList();
        if (!monthly.isEmpty()) {
            parts.add("缺" + String.join("、", monthly));
        }
        if (month % 3 == 0) {
            String quarterPeriod = year + "年第" + (month / 3) + "季度";
            List<String> quarterly = gaps.stream().filter(g -> g.period().equals(quarterPeriod))
                    .map(g -> g.kind().label()).toList();
            if (!quarterly.isEmpty()) {
                parts.add("第" + (month / 3) + "季度缺" + String.join("、", quarterly));
            }
        }
        if (!ym.atEndOfMonth().isBefore(today) && !ym.atDay(1).isAfter(today)) {
            List<String> pending = MeetingCadence.MONTHLY.stream()
                    .filter(k -> !MeetingCadence.held(sessions, k, ym.atDay(1), ym.atEndOfMonth()))
                    .map(SessionKind::label).toList();
            if (!pending.isEmpty()) {
                parts.add("本月未结束，尚未召开" + String.join("、", pending));
            }
        }
        return String.join("；", parts);
    }
}
