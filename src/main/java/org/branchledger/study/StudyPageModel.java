package org.branchledger.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;

/**
 * What the 学习考勤 page shows for one branch and year, built from one load: the rule in words, the
 * sessions with their 应到 / 实到 (counted by the database), and every current member's hours. A session's
 * attendance is read only when its grid opens ({@link #grid}): the page does not hold the year's rows. Pure
 * apart from {@link #load}, which runs on a worker thread.
 */
final class StudyPageModel {

    /** Everything one load reads. */
    record Data(long branchId, int year, StudySettings settings, List<StudySession> sessions,
                Map<Long, SessionCount> counts, List<Member> members, List<MemberHours> hours) {
    }

    /** A session as the list shows it. 实到 counts 出席 only: 送课上门 and 补课 were not at the session. */
    record SessionRow(StudySession session, int expected, int present) {
        String date() {
            return session.heldOn().toString();
        }

        String hours() {
            return Hours.format(session.hoursTenths());
        }
    }

    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObservableList<MemberHours> hours = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ruleLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursSummary = new ReadOnlyStringWrapper("");
    private Data data;

    /** Reads a branch's year; call it through {@code Tasks}, never on the FX thread. */
    static Data load(StudyService study, RosterService roster, long branchId, int year) {
        return new Data(branchId, year, study.settings(branchId, year), study.sessions(branchId, year),
                study.counts(branchId, year), roster.members(branchId), study.hours(branchId, year));
    }

    void show(Data d) {
        this.data = d;
        ruleLine.set(ruleLine(d.year(), d.settings()));
        sessions.setAll(rows(d.sessions(), d.counts()));
        hours.setAll(d.hours());
        long ok = d.hours().stream().filter(h -> h.standing().compliant()).count();
        hoursSummary.set(Messages.get("studyScreen.hours.summary", d.year(), ok, d.hours().size() - ok));
    }

    void clear() {
        data = null;
        ruleLine.set("");
        sessions.clear();
        hours.clear();
        hoursSummary.set("");
    }

    Optional<Data> data() {
        return Optional.ofNullable(data);
    }

    ObservableList<SessionRow> sessions() {
        return sessions;
    }

    ObservableList<MemberHours> hours() {
        return hours;
    }

    ReadOnlyStringProperty ruleLine() {
        return ruleLine.getReadOnlyProperty();
    }

    ReadOnlyStringProperty hoursSummary() {
        return hoursSummary.getReadOnlyProperty();
    }

    /** The grid for one of the loaded sessions, with its attendance as read for it ({@code StudyService.attendance}). */
    AttendanceGridModel grid(StudySession session, List<Attendance> attendance) {
        return new AttendanceGridModel(session, data.members(), attendance);
    }

    /** The members a new session or a self-study entry is for: the current ones, in roster order. */
    List<Member> currentMembers() {
        return data == null ? List.of() : data.members().stream().filter(Member::current).toList();
    }

    /** e.g. 2026年度要求 40.0 学时，其中集中学习不少于 2/3；支部委员和书记要求 56.0 学时. */
    static String ruleLine(int year, StudySettings s) {
        String line = Messages.get("studyScreen.rule", String.valueOf(year), Hours.format(s.requiredTenths()),
                fraction(s));
        return s.committeeRequiredTenths() == null ? line
                : line + Messages.get("studyScreen.rule.committee", Hours.format(s.committeeRequiredTenths()));
    }

    static String fraction(StudySettings s) {
        return s.centralisedNumerator() + "/" + s.centralisedDenominator();
    }

    static List<SessionRow> rows(List<StudySession> sessions, Map<Long, SessionCount> counts) {
        return sessions.stream().map(s -> {
            SessionCount c = counts.getOrDefault(s.id(), SessionCount.NONE);
            return new SessionRow(s, c.expected(), c.present());
        }).toList();
    }

    static String yesNo(boolean yes) {
        return Messages.get(yes ? "studyScreen.yes" : "studyScreen.no");
    }

    /** The required topics not yet covered, joined with 、; 无 when none. */
    static String topicsMissing(MemberHours h) {
        return h.topicsMissing().isEmpty() ? Messages.get("studyScreen.hours.noTopicsMissing")
                : String.join("、", h.topicsMissing());
    }
}
