package org.branchledger.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.branchledger.core.UserError;
import org.branchledger.ledger.NoticePeriod;

/**
 * Which one session a 学习签到表 is printed for: a day's only session, the one of a day of the 形式 named, or the
 * one with the number {@code ledger signin --list} gives it (its place in the year's sessions, by date). A day
 * with several sessions and nothing to tell them apart is answered with the list to choose from.
 */
public final class SigninSessions {

    /** A session with the number the list gives it. */
    public record Numbered(int number, StudySession session) {
    }

    private SigninSessions() {
    }

    /** The year's sessions numbered 1, 2, … in the order they were held. */
    public static List<Numbered> numbered(List<StudySession> yearSessions) {
        List<StudySession> sorted = new ArrayList<>(yearSessions);
        sorted.sort((a, b) -> a.heldOn().equals(b.heldOn()) ? Long.compare(id(a), id(b))
                : a.heldOn().compareTo(b.heldOn()));
        List<Numbered> out = new ArrayList<>();
        for (StudySession s : sorted) {
            out.add(new Numbered(out.size() + 1, s));
        }
        return out;
    }

    /**
     * The one session to print.
     *
     * @param day    the date ({@code --session}), or null when a number is given
     * @param kind   the 形式 ({@code --kind}), or null
     * @param number the number in the year's list ({@code --number}), or null
     */
    public static StudySession pick(List<StudySession> yearSessions, int year, LocalDate day, String kind,
                                    Integer number) {
        List<Numbered> all = numbered(yearSessions);
        if (number != null) {
            if (number < 1 || number > all.size()) {
                throw UserError.badInput(year + " 年度没有编号为 " + number + " 的学习活动(共 " + all.size()
                        + " 场)。用 ledger signin --list --year " + year + " 查看编号。");
            }
            StudySession s = all.get(number - 1).session();
            if (day != null && !day.equals(s.heldOn()) || kind != null && !s.kind().label().equals(kind)) {
                throw UserError.badInput("编号 " + number + " 是 " + describe(all.get(number - 1))
                        + "，与给出的日期或形式不符。");
            }
            return s;
        }
        if (day == null) {
            throw UserError.badInput("请用 --session 日期 或 --number 编号 指明哪一场学习活动。用 ledger signin --list 查看编号。");
        }
        List<Numbered> ofDay = all.stream().filter(n -> n.session().heldOn().equals(day)).toList();
        if (ofDay.isEmpty()) {
            throw UserError.badInput(NoticePeriod.format(day) + "没有学习活动。用 ledger signin --list --year "
                    + day.getYear() + " 查看全年的学习活动。");
        }
        List<Numbered> matching = kind == null ? ofDay
                : ofDay.stream().filter(n -> n.session().kind().label().equals(kind)).toList();
        if (matching.isEmpty()) {
            throw UserError.badInput(NoticePeriod.format(day) + "没有" + kind + "。当天的学习活动:\n" + lines(ofDay));
        }
        if (matching.size() > 1) {
            throw UserError.badInput(NoticePeriod.format(day) + "有 " + matching.size() + " 场"
                    + (kind == null ? "学习活动，请用 --kind 指明形式(如 --kind " + matching.get(0).session().kind().label()
                    + ")，或用 --number 指明编号:" : kind + "，请用 --number 指明编号:") + "\n" + lines(matching));
        }
        return matching.get(0).session();
    }

    /** 2026-12-06 党课  主题 */
    static String describe(Numbered n) {
        StudySession s = n.session();
        return s.heldOn() + " " + s.kind().label() + "  " + s.topic();
    }

    private static String lines(List<Numbered> list) {
        return list.stream().map(n -> "  编号 " + n.number() + ": " + describe(n)).collect(Collectors.joining("\n"));
    }

    private static long id(StudySession s) {
        return s.id() == null ? Long.MAX_VALUE : s.id();
    }
}
