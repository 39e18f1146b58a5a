package org.branchledger.study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The meetings a branch is held to (支部工作条例, DOMAIN.md §2): 支委会, 党小组会 and 主题党日 monthly;
 * 支部党员大会 and 党课 at least quarterly; 组织生活会 yearly. A finished month or quarter without them is
 * a gap, so the secretary sees it before the inspector does. Periods not yet over are not judged.
 */
public final class MeetingCadence {
    public static final List<SessionKind> MONTHLY = List.of(SessionKind.COMMITTEE_MEETING, SessionKind.GROUP_MEETING,
            SessionKind.THEME_DAY);
    public static final List<SessionKind> QUARTERLY = List.of(SessionKind.GENERAL_MEETING, SessionKind.PARTY_LECTURE);
    public static final List<SessionKind> YEARLY = List.of(SessionKind.LIFE_MEETING);

    /** A required meeting missing in a finished period, e.g. 2026年3月 缺 支委会. */
    public record Gap(String period, SessionKind kind) {
        @Override
        public String toString() {
            return period + " 缺" + kind.label();
        }
    }

    private MeetingCadence() {
    }

    /** The gaps of the year's finished periods, in time order. */
    public static List<Gap> gaps(List<StudySession> sessions, int year, LocalDate today) {
        List<Gap> gaps = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            if (!ym.atEndOfMonth().isBefore(today)) {
                break;
            }
            for (SessionKind kind : MONTHLY) {
                if (!held(sessions, kind, ym.atDay(1), ym.atEndOfMonth())) {
                    gaps.add(new Gap(year + "年" + month + "月", kind));
                }
            }
            if (month % 3 == 0) {
                LocalDate from = YearMonth.of(year, month - 2).atDay(1);
                for (SessionKind kind : QUARTERLY) {
                    if (!held(sessions, kind, from, ym.atEndOfMonth())) {
                        gaps.add(new Gap(year + "年第" + (month / 3) + "季度", kind));
                    }
                }
            }
        }
        if (LocalDate.of(year, 12, 31).isBefore(today)) {
            for (SessionKind kind : YEARLY) {
                if (!held(sessions, kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                    gaps.add(new Gap(year + "年", kind));
                }
            }
        }
        return gaps;
    }

    /** The required meetings of one month that were held, for the 三会一课 record. */
    public static boolean held(List<StudySession> sessions, SessionKind kind, LocalDate from, LocalDate to) {
        return sessions.stream().anyMatch(s -> s.kind() == kind && !s.heldOn().isBefore(from) && !s.heldOn().isAfter(to));
    }
}
