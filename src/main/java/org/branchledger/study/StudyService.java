package org.branchledger.study;

import org.branchledger.branch.ReceivedData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;

/** Study hours: sessions, attendance, self-study and who complies with the year's rule. */
public final class StudyService {
    private final Database db;
    private final StudyRepository study;
    private final MemberRepository members;

    public StudyService(Database db, StudyRepository study, MemberRepository members) {
        this.db = db;
        this.study = study;
        this.members = members;
    }

    public static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    public StudySettings settings(long branchId, int year) {
        return study.settings(db.dsl(), branchId, year).orElse(StudySettings.defaults());
    }

    public void saveSettings(long branchId, int year, StudySettings settings) {
        saveSettings(branchId, year, null, settings);
    }

    /**
     * Like {@link #saveSettings(long, int, StudySettings)}, for the 学习要求 dialog that loaded {@code loaded} (null:
     * no dialog): when someone else changed the year's settings since, nothing is saved.
     *
     * @throws RecordChangedException naming what the other person changed (decision 0025)
     */
    public void saveSettings(long branchId, int year, StudySettings loaded, StudySettings settings) {
        db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            if (loaded == null) {
                study.saveSettings(tx, branchId, year, settings);
            } else {
                study.updateSettings(tx, branchId, year, loaded, settings);
            }
            return null;
        });
    }

    /**
     * Every current member's hours for the year (流动 and 失联 included), in roster order. Sessions count
     * in the year they were held.
     */
    public List<MemberHours> hours(long branchId, int year) {
        return hours(branchId, year, true);
    }

    /**
     * @param withTopics also work out the required topics each member has not covered (screens and
     *                   ledgers); the {@code hours} command and the rule itself do not need them
     */
    public List<MemberHours> hours(long branchId, int year, boolean withTopics) {
        LocalDate from = yearStart(year);
        LocalDate to = yearEnd(year);
        StudySettings rule = settings(branchId, year);
        Map<Long, Integer> centralised = study.centralisedTenths(db.dsl(), branchId, from, to);
        Map<Long, Integer> self = study.selfTenths(db.dsl(), branchId, from, to);
        Map<Long, List<String>> topics = withTopics
                ? study.creditedTopics(db.dsl(), branchId, from, to, rule.topics()) : Map.of();
        List<MemberHours> out = new ArrayList<>();
        for (Member m : members.ofBranch(db.dsl(), branchId)) {
            if (!m.current()) {
                continue;
            }
            HoursRule.Standing standing = HoursRule.judge(centralised.getOrDefault(m.id(), 0),
                    self.getOrDefault(m.id(), 0), rule.requiredFor(m.committeeMember()),
                    rule.centralisedNumerator(), rule.centralisedDenominator());
            out.add(new MemberHours(m, standing, withTopics
                    ? missingTopics(rule.topics(), topics.getOrDefault(m.id(), List.of())) : List.of()));
        }
        return out;
    }

    /** Required topics none of whose sessions the member was credited for (a session covers a topic it names). */
    static List<String> missingTopics(List<String> required, List<String> attendedTopics) {
        List<String> missing = new ArrayList<>();
        for (String topic : required) {
            if (attendedTopics.stream().noneMatch(t -> t.contains(topic))) {
                missing.add(topic);
            }
        }
        return missing;
    }

    public List<StudySession> sessions(long branchId, int year) {
        return study.sessions(db.dsl(), branchId, yearStart(year), yearEnd(year));
    }

    public List<Attendance> attendance(long sessionId) {
        return study.attendance(db.dsl(), sessionId);
    }

    /** Each session of the branch's year with its 应到 and 实到 (sessions without attendance rows are absent). */
    public Map<Long, SessionCount> counts(long branchId, int year) {
        return study.counts(db.dsl(), branchId, yearStart(year), yearEnd(year));
    }

    public List<Attendance> attendance(long branchId, int year) {
        return study.attendance(db.dsl(), branchId, yearStart(year), yearEnd(year));
    }

    public List<SelfStudy> selfStudy(long branchId, int year) {
        return study.selfStudy(db.dsl(), branchId, yearStart(year), yearEnd(year));
    }

    /** Adds a session with its attendance, one action. */
    public StudySession addSession(StudySession session, List<Attendance> attendance) {
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, session.branchId());
            StudySession saved = study.insert(tx, session);
            for (Attendance a : attendance) {
                study.saveAttendance(tx, session.branchId(), new Attendance(null, saved.id(), a.memberId(), a.status(),
                        a.makeupOn(), a.makeupHow()));
            }
            return saved;
        });
    }

    /**
     * Saves a session's attendance grid, one action, checking each member's line against {@code loaded} (by member
     * id, as the grid read it; absent: none was stored): when someone else changed any line since, nothing is saved.
     *
     * @throws RecordChangedException naming each member's changed fields (张三 出勤); its record is the session's
     *                                attendance as it is now, a {@code List<Attendance>} (decision 0025)
     */
    public void saveAttendance(StudySession session, Map<Long, Attendance> loaded, List<Attendance> attendance) {
        db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, session.branchId());
            List<RecordChangedException.FieldChange> changes = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            for (Attendance a : attendance) {
                try {
                    study.saveAttendance(tx, session.branchId(), loaded.get(a.memberId()), a);
                } catch (RecordChangedException refused) {
                    if (names.isEmpty()) {
                        members.ofBranch(tx, session.branchId()).forEach(m -> names.put(m.id(), m.name()));
                    }
                    String name = names.get(a.memberId());
                    refused.changes().forEach(c -> changes.add(new RecordChangedException.FieldChange(
                            name + " " + c.field(), c.loaded(), c.theirs())));
                    if (refused.deleted()) {
                        changes.add(new RecordChangedException.FieldChange(name + " "
                                + StudyAuditLabels.ATTENDANCE_COLUMNS.get("status"),
                                loaded.get(a.memberId()).status().label(), Messages.get("editConflict.gone")));
                    }
                }
            }
            if (!changes.isEmpty()) { // the whole grid is refused: the lines already written are rolled back
                throw new RecordChangedException(changes, study.attendance(tx, session.id()));
            }
            return null;
        });
    }

    public void addSelfStudy(long branchId, SelfStudy entry) {
        db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            study.saveSelfStudy(tx, branchId, entry);
            return null;
        });
    }
}
