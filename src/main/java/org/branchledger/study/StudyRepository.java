package org.branchledger.study;

import static org.branchledger.jooq.Tables.ATTENDANCE;
import static org.branchledger.jooq.Tables.SELF_STUDY;
import static org.branchledger.jooq.Tables.STUDY_SESSION;
import static org.branchledger.jooq.Tables.STUDY_SETTINGS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchledger.jooq.tables.records.AttendanceRecord;
import org.branchledger.jooq.tables.records.SelfStudyRecord;
import org.branchledger.jooq.tables.records.StudySessionRecord;
import org.branchledger.jooq.tables.records.StudySettingsRecord;
import org.branchledger.core.db.EditCheck;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Sessions, attendance, self-study and the yearly settings. */
public final class StudyRepository {
    private static final List<String> CREDITED = Arrays.stream(AttendanceStatus.values())
            .filter(AttendanceStatus::credited).map(AttendanceStatus::label).toList();
    /** Rows sent to the database per JDBC batch by the bulk inserts. */
    private static final int BATCH = 5_000;

    public List<StudySession> sessions(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        return db.selectFrom(STUDY_SESSION).where(STUDY_SESSION.BRANCH_ID.eq(branchId))
                .and(STUDY_SESSION.HELD_ON.between(from, to)).orderBy(STUDY_SESSION.HELD_ON, STUDY_SESSION.ID)
                .fetch(StudyRepository::toSession);
    }

    public Optional<StudySession> session(DSLContext db, long branchId, LocalDate on, SessionKind kind, String topic) {
        return db.selectFrom(STUDY_SESSION).where(STUDY_SESSION.BRANCH_ID.eq(branchId))
                .and(STUDY_SESSION.HELD_ON.eq(on)).and(STUDY_SESSION.KIND.eq(kind.label()))
                .and(STUDY_SESSION.TOPIC.eq(topic)).fetchOptional(StudyRepository::toSession);
    }

    public StudySession insert(DSLContext db, StudySession s) {
        StudySessionRecord r = db.newRecord(STUDY_SESSION);
        r.setBranchId(s.branchId());
        r.setHeldOn(s.heldOn());
        r.setKind(s.kind().label());
        r.setTopic(s.topic());
        r.setHoursTenths(s.hoursTenths());
        r.setPlace(s.place());
        r.setSpeaker(s.speaker());
        r.store();
        return new StudySession(r.getId(), s.branchId(), s.heldOn(), s.kind(), s.topic(), s.hoursTenths(), s.place(),
                s.speaker());
    }

    public List<Attendance> attendance(DSLContext db, long sessionId) {
        return db.selectFrom(ATTENDANCE).where(ATTENDANCE.SESSION_ID.eq(sessionId)).orderBy(ATTENDANCE.ID)
                .fetch(StudyRepository::toAttendance);
    }

    /**
     * Each of the branch's sessions in the period with its 应到 and 实到, counted by the database: the 学习考勤 page
     * lists these and reads a session's rows only when it is opened (a 1,000-member year has some 200,000 rows).
     */
    public Map<Long, SessionCount> counts(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        org.jooq.Field<Integer> present = DSL.count().filterWhere(ATTENDANCE.STATUS.eq(AttendanceStatus.PRESENT.label()));
        Map<Long, SessionCount> out = new HashMap<>();
        db.select(ATTENDANCE.SESSION_ID, DSL.count(), present).from(ATTENDANCE)
                .where(ofSessions(db, branchId, from, to))
                .groupBy(ATTENDANCE.SESSION_ID)
                .forEach(r -> out.put(r.value1(), new SessionCount(r.value2(), r.value3())));
        return out;
    }

    /** Attendance rows of the branch's sessions held in the period. */
    private static Condition ofSessions(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        return ATTENDANCE.SESSION_ID.in(db.select(STUDY_SESSION.ID).from(STUDY_SESSION)
                .where(STUDY_SESSION.BRANCH_ID.eq(branchId)).and(STUDY_SESSION.HELD_ON.between(from, to)));
    }

    /** Every attendance of the branch's sessions in the period. */
    public List<Attendance> attendance(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        // Read with JDBC from the statement jOOQ renders (ids and dates inlined): a 1,000-member year has some
        // 200,000 rows, and jOOQ's records for them were a fifth of printing the pack (issue 18).
        String sql = db.renderInlined(db.select(ATTENDANCE.ID, ATTENDANCE.SESSION_ID, ATTENDANCE.MEMBER_ID,
                        ATTENDANCE.STATUS, ATTENDANCE.MAKEUP_ON, ATTENDANCE.MAKEUP_HOW).from(ATTENDANCE)
                .where(ofSessions(db, branchId, from, to)));
        return db.connectionResult(c -> {
            List<Attendance> out = new java.util.ArrayList<>();
            Map<String, AttendanceStatus> statuses = new HashMap<>();
            try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(new Attendance(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            statuses.computeIfAbsent(rs.getString(4), AttendanceStatus::ofLabel),
                            rs.getObject(5, LocalDate.class), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** Saves one member's attendance at a session (insert or replace). */
    public void saveAttendance(DSLContext db, long branchId, Attendance a) {
        AttendanceRecord r = db.fetchOptional(ATTENDANCE, ATTENDANCE.SESSION_ID.eq(a.sessionId())
                .and(ATTENDANCE.MEMBER_ID.eq(a.memberId()))).orElseGet(() -> db.newRecord(ATTENDANCE));
        fill(r, branchId, a);
        if (r.changed()) {
            r.store();
        }
    }

    /**
     * Saves one member's attendance as a grid changed it from {@code loaded} (null: none was stored when the grid
     * was read), only if nobody else changed it since ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public void saveAttendance(DSLContext db, long branchId, Attendance loaded, Attendance a) {
        AttendanceRecord now = db.newRecord(ATTENDANCE);
        fill(now, branchId, a);
        if (loaded == null) {
            EditCheck.insert(db, ATTENDANCE.SESSION_ID.eq(a.sessionId()).and(ATTENDANCE.MEMBER_ID.eq(a.memberId())),
                    now, StudyAuditLabels.ATTENDANCE_COLUMNS, StudyRepository::toAttendance);
            return;
        }
        AttendanceRecord was = db.newRecord(ATTENDANCE);
        fill(was, branchId, loaded);
        EditCheck.update(db, ATTENDANCE.ID.eq(loaded.id()), was, now, Map.of(), StudyAuditLabels.ATTENDANCE_COLUMNS,
                StudyRepository::toAttendance);
    }

    private static void fill(AttendanceRecord r, long branchId, Attendance a) {
        r.setSessionId(a.sessionId());
        r.setMemberId(a.memberId());
        r.setBranchId(branchId);
        r.setStatus(a.status().label());
        r.setMakeupOn(a.makeupOn());
        r.setMakeupHow(a.makeupHow());
    }

    /**
     * Inserts many new attendance rows at once (the demo's year, bulk imports): one statement rendered by
     * jOOQ, run as JDBC batches, as {@code MemberRepository.insertAll} does.
     */
    public void insertAttendance(DSLContext db, long branchId, List<Attendance> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = db.insertInto(ATTENDANCE, ATTENDANCE.SESSION_ID, ATTENDANCE.MEMBER_ID, ATTENDANCE.BRANCH_ID,
                ATTENDANCE.STATUS, ATTENDANCE.MAKEUP_ON, ATTENDANCE.MAKEUP_HOW)
                .values(java.util.Collections.nCopies(6, (Object) null)).getSQL();
        db.connection(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Attendance a : rows) {
                    ps.setLong(1, a.sessionId());
                    ps.setLong(2, a.memberId());
                    ps.setLong(3, branchId);
                    ps.setString(4, a.status().label());
                    ps.setObject(5, a.makeupOn());
                    ps.setString(6, a.makeupHow());
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    /** Inserts many new self-study entries at once, as {@link #insertAttendance} does. */
    public void insertSelfStudy(DSLContext db, long branchId, List<SelfStudy> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = db.insertInto(SELF_STUDY, SELF_STUDY.MEMBER_ID, SELF_STUDY.BRANCH_ID, SELF_STUDY.STUDIED_ON,
                SELF_STUDY.MATERIAL, SELF_STUDY.HOURS_TENTHS)
                .values(java.util.Collections.nCopies(5, (Object) null)).getSQL();
        db.connection(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
                int pending = 0;
                for (SelfStudy s : rows) {
                    ps.setLong(1, s.memberId());
                    ps.setLong(2, branchId);
                    ps.setObject(3, s.studiedOn());
                    ps.setString(4, s.material());
                    ps.setInt(5, s.hoursTenths());
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    public List<SelfStudy> selfStudy(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        return db.selectFrom(SELF_STUDY).where(SELF_STUDY.BRANCH_ID.eq(branchId))
                .and(SELF_STUDY.STUDIED_ON.between(from, to)).orderBy(SELF_STUDY.STUDIED_ON, SELF_STUDY.ID)
                .fetch(r -> new SelfStudy(r.getId(), r.getMemberId(), r.getStudiedOn(), r.getMaterial(),
                        r.getHoursTenths()));
    }

    public void saveSelfStudy(DSLContext db, long branchId, SelfStudy s) {
        SelfStudyRecord r = db.fetchOptional(SELF_STUDY, SELF_STUDY.MEMBER_ID.eq(s.memberId())
                .and(SELF_STUDY.STUDIED_ON.eq(s.studiedOn())).and(SELF_STUDY.MATERIAL.eq(s.material())))
                .orElseGet(() -> db.newRecord(SELF_STUDY));
        r.setMemberId(s.memberId());
        r.setBranchId(branchId);
        r.setStudiedOn(s.studiedOn());
        r.setMaterial(s.material());
        r.setHoursTenths(s.hoursTenths());
        if (r.changed()) {
            r.store();
        }
    }

    /**
     * Credited centralised tenths per member in the period. The attendance of each session is read through
     * the covering index (session, status, member) and the session's hours added up here: H2 joining two
     * million rows to their sessions and grouping them by member took about twice as long (issue 18,
     * docs/BENCHMARKS.md). The sessions are read in two halves at once, on two connections: the reading is
     * CPU-bound in H2, and a secretary's PC has at least two cores.
     */
    public Map<Long, Integer> centralisedTenths(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            return centralisedTenthsGrouped(db, branchId, from, to);
        }
        Map<Long, Integer> hours = db.select(STUDY_SESSION.ID, STUDY_SESSION.HOURS_TENTHS).from(STUDY_SESSION)
                .where(STUDY_SESSION.BRANCH_ID.eq(branchId)).and(STUDY_SESSION.HELD_ON.between(from, to))
                .fetchMap(STUDY_SESSION.ID, STUDY_SESSION.HOURS_TENTHS);
        String credited = db.render(DSL.select(ATTENDANCE.MEMBER_ID).from(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.eq(DSL.param("session", Long.class)))
                .and(ATTENDANCE.STATUS.in(CREDITED.stream().map(DSL::inline).toList())));
        List<Long> sessions = new java.util.ArrayList<>(hours.keySet());
        int half = (sessions.size() + 1) / 2;
        List<List<Long>> parts = List.of(sessions.subList(0, half), sessions.subList(half, sessions.size()));
        Map<Long, Integer> out = new HashMap<>();
        parts.parallelStream().map(part -> db.connectionResult(c -> sumHours(c, credited, part, hours))).toList()
                .forEach(sums -> sums.forEach((member, tenths) -> out.merge(member, tenths[0], Integer::sum)));
        return out;
    }

    /**
     * On a server, one grouped query: PostgreSQL joins and sums the year in one pass, and every statement is a
     * round trip over the office's network (a session at a time, a pack asked 400 times: about 2 s over a 3 ms
     * network, docs/BENCHMARKS.md "Issue 21").
     */
    private static Map<Long, Integer> centralisedTenthsGrouped(DSLContext db, long branchId, LocalDate from,
                                                               LocalDate to) {
        Map<Long, Integer> out = new HashMap<>();
        db.select(ATTENDANCE.MEMBER_ID, DSL.sum(STUDY_SESSION.HOURS_TENTHS)).from(ATTENDANCE)
                .join(STUDY_SESSION).on(STUDY_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .where(STUDY_SESSION.BRANCH_ID.eq(branchId)).and(STUDY_SESSION.HELD_ON.between(from, to))
                .and(ATTENDANCE.STATUS.in(CREDITED))
                .groupBy(ATTENDANCE.MEMBER_ID)
                .forEach(r -> out.put(r.value1(), r.value2().intValue()));
        return out;
    }

    /** Each member's credited tenths at these sessions (a one-element array per member, added to in place). */
    private static Map<Long, int[]> sumHours(java.sql.Connection c, String credited, List<Long> sessions,
                                             Map<Long, Integer> hours) throws java.sql.SQLException {
        Map<Long, int[]> sums = new HashMap<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement(credited)) {
            for (Long session : sessions) {
                int tenths = hours.get(session);
                ps.setLong(1, session);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sums.computeIfAbsent(rs.getLong(1), k -> new int[1])[0] += tenths;
                    }
                }
            }
        }
        return sums;
    }

    public Map<Long, Integer> selfTenths(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        Map<Long, Integer> out = new HashMap<>();
        db.select(SELF_STUDY.MEMBER_ID, DSL.sum(SELF_STUDY.HOURS_TENTHS)).from(SELF_STUDY)
                .where(SELF_STUDY.BRANCH_ID.eq(branchId)).and(SELF_STUDY.STUDIED_ON.between(from, to))
                .groupBy(SELF_STUDY.MEMBER_ID).forEach(r -> out.put(r.value1(), r.value2().intValue()));
        return out;
    }

    /**
     * For each required topic, the members credited at a session that names it: one query per topic over
     * that topic's sessions only, instead of a DISTINCT over every attendance row.
     */
    public Map<Long, List<String>> creditedTopics(DSLContext db, long branchId, LocalDate from, LocalDate to,
                                                  List<String> topics) {
        Map<Long, List<String>> out = new HashMap<>();
        for (String topic : topics) {
            db.selectDistinct(ATTENDANCE.MEMBER_ID).from(ATTENDANCE).join(STUDY_SESSION)
                    .on(STUDY_SESSION.ID.eq(ATTENDANCE.SESSION_ID)).where(STUDY_SESSION.BRANCH_ID.eq(branchId))
                    .and(STUDY_SESSION.HELD_ON.between(from, to)).and(STUDY_SESSION.TOPIC.contains(topic))
                    .and(ATTENDANCE.STATUS.in(CREDITED))
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(topic));
        }
        return out;
    }

    public Optional<StudySettings> settings(DSLContext db, long branchId, int year) {
        return db.selectFrom(STUDY_SETTINGS).where(settingsOf(branchId, year))
                .fetchOptional(StudyRepository::toSettings);
    }

    public void saveSettings(DSLContext db, long branchId, int year, StudySettings s) {
        var r = db.fetchOptional(STUDY_SETTINGS, settingsOf(branchId, year))
                .orElseGet(() -> db.newRecord(STUDY_SETTINGS));
        fill(r, branchId, year, s);
        if (r.changed()) {
            r.store();
        }
    }

    /**
     * Writes what the user changed in a dialog that loaded {@code loaded} (the defaults when none were stored),
     * only if nobody else changed the year's settings since ({@link EditCheck}): settings stored since by someone
     * else are compared with what the dialog showed.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public void updateSettings(DSLContext db, long branchId, int year, StudySettings loaded, StudySettings s) {
        StudySettingsRecord now = db.newRecord(STUDY_SETTINGS);
        fill(now, branchId, year, s);
        StudySettingsRecord was = db.newRecord(STUDY_SETTINGS);
        fill(was, branchId, year, loaded);
        if (!db.fetchExists(STUDY_SETTINGS, settingsOf(branchId, year))) { // another PC's first save meets the key
            EditCheck.insert(db, settingsOf(branchId, year), was, now, Map.of(), StudyAuditLabels.SETTINGS_COLUMNS,
                    StudyRepository::toSettings);
            return;
        }
        EditCheck.update(db, settingsOf(branchId, year), was, now, Map.of(), StudyAuditLabels.SETTINGS_COLUMNS,
                StudyRepository::toSettings);
    }

    private static Condition settingsOf(long branchId, int year) {
        return STUDY_SETTINGS.BRANCH_ID.eq(branchId).and(STUDY_SETTINGS.STUDY_YEAR.eq(year));
    }

    private static void fill(StudySettingsRecord r, long branchId, int year, StudySettings s) {
        r.setBranchId(branchId);
        r.setStudyYear(year);
        r.setRequiredTenths(s.requiredTenths());
        r.setCentralisedNumerator(s.centralisedNumerator());
        r.setCentralisedDenominator(s.centralisedDenominator());
        r.setCommitteeRequiredTenths(s.committeeRequiredTenths());
        r.setTopics(String.join("\n", s.topics()));
    }

    private static StudySettings toSettings(StudySettingsRecord r) {
        return new StudySettings(r.getRequiredTenths(), r.getCentralisedNumerator(), r.getCentralisedDenominator(),
                r.getCommitteeRequiredTenths(), List.of(r.getTopics().split("\n")));
    }

    private static StudySession toSession(StudySessionRecord r) {
        return new StudySession(r.getId(), r.getBranchId(), r.getHeldOn(), SessionKind.ofLabel(r.getKind()),
                r.getTopic(), r.getHoursTenths(), r.getPlace(), r.getSpeaker());
    }

    private static Attendance toAttendance(AttendanceRecord r) {
        return new Attendance(r.getId(), r.getSessionId(), r.getMemberId(), AttendanceStatus.ofLabel(r.getStatus()),
                r.getMakeupOn(), r.getMakeupHow());
    }
}
