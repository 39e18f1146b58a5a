package org.branchledger.bench;

import org.jooq.DSLContext;

/**
 * Bulk data for benchmarks, in a throwaway data folder only: 200 sessions × 10,000 members is two
 * million attendance rows, loaded in one statement with the audit trigger of that table dropped (the
 * benchmark measures the hours query, not the loading).
 */
final class BenchFixtureRepository {

    void sessionsWithFullAttendance(DSLContext db, long branchId, int year, int sessions) {
        boolean server = db.dialect() == org.jooq.SQLDialect.POSTGRES; // its triggers are dropped from a table
        db.execute("DROP TRIGGER IF EXISTS attendance_audit" + (server ? " ON attendance" : ""));
        db.execute("DROP TRIGGER IF EXISTS study_session_audit" + (server ? " ON study_session" : ""));
        String[] kinds = {"集中学习", "党课", "支部党员大会", "党小组会", "支委会", "专题讨论", "主题党日"};
        for (int i = 0; i < sessions; i++) {
            db.execute("INSERT INTO study_session (branch_id, held_on, kind, topic, hours_tenths) VALUES (?, ?, ?, ?, ?)",
                    branchId, java.time.LocalDate.of(year, 1, 1).plusDays(i * 365L / sessions), kinds[i % kinds.length],
                    "基准测试学习活动 " + (i + 1), 10 + (i % 3) * 5);
        }
    }

    /** Everyone's attendance at one session, one statement. */
    void fullAttendance(DSLContext db, long branchId, long sessionId) {
        db.execute("INSERT INTO attendance (session_id, member_id, branch_id, status) "
                + "SELECT ?, m.id, ?, CASE MOD(? + m.id, 10) WHEN 0 THEN '请假' WHEN 1 THEN '缺席' ELSE '出席' END "
                + "FROM member m WHERE m.branch_id = ?", sessionId, branchId, sessionId, branchId);
    }

    java.util.List<Long> sessionIds(DSLContext db, long branchId) {
        return db.fetch("SELECT id FROM study_session WHERE branch_id = ? ORDER BY id", branchId).getValues(0, Long.class);
    }
}
