package org.branchledger.study;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.core.Progress;
import org.branchledger.core.db.Database;
import org.branchledger.importing.Cell;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.ImportTable;
import org.branchledger.importing.RowOutcome;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.RowReader;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterMatch;
import org.branchledger.roster.MemberRepository;

/**
 * Importing study records: one row per member per session (rows with the same 日期+形式+主题 form one
 * session) or per self-study entry (形式 自学). Checked whole first, written in one transaction.
 */
public final class StudyImport {
    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("日期", "学习日期", "活动日期", "时间"), ColumnSpec.required("形式", "学习形式", "类型"),
            ColumnSpec.required("主题", "学习内容", "内容", "题目"), ColumnSpec.required("学时", "时长"),
            ColumnSpec.required("姓名"),
            ColumnSpec.required("公民身份号码", "公民身份证号", "身份证号", "身份证号码"),
            ColumnSpec.optional("出勤", "出勤情况", "考勤"), ColumnSpec.optional("补课日期", "补课时间"),
            ColumnSpec.optional("补课方式"), ColumnSpec.optional("地点", "学习地点"),
            ColumnSpec.optional("主讲人", "授课人", "主持人"));

    /** A checked row: an attendance at a session, or a self-study entry. */
    record Planned(int rowNumber, StudySession session, Attendance attendance, SelfStudy selfStudy, RowOutcome outcome) {
    }


    /** The checked file. */
    public record Plan(String fileName, String sheetName, List<Planned> rows, List<RowRejection> rejections) {
        public ImportCounts wouldWrite() {
            return ImportCounts.of(rows.stream().map(Planned::outcome).toList(), rejections);
        }
    }

    private final Database db;
    private final StudyRepository study;
    private final MemberRepository members;

    public StudyImport(Database db, StudyRepository study, MemberRepository members) {
        this.db = db;
        this.study = study;
        this.members = members;
    }

    public Plan plan(Path file, long branchId, Progress progress) throws ImportFileException {
        ImportTable table = ImportTable.read(file, COLUMNS, progress);
        Map<String, Member> byId = members.ofBranch(db.dsl(), branchId).stream()
                .collect(Collectors.toMap(Member::idNumber, Function.identity()));
        Map<String, StudySession> sessions = new HashMap<>();
        Map<String, Integer> sessionRow = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            RowReader r = new RowReader(table, row, rejections);
            LocalDate date = r.date("日期", true);
            String kindText = r.text("形式", true);
            String topic = r.text("主题", true);
            Integer hours = hours(r, "学时");
            Member member = RosterMatch.member(r, byId);
            String statusText = r.text("出勤", false);
            LocalDate makeup = r.date("补课日期", false);
            if (r.failed()) {
                continue;
            }
            boolean self = SessionKind.SELF_STUDY.equals(kindText);
            SessionKind kind = SessionKind.ofLabel(kindText);
            if (!self && kind == null) {
                r.reject("形式", "不认识的学习形式“" + kindText + "”(可填 集中学习、党课、支部党员大会、党小组会、支委会、"
                        + "专题讨论、主题党日、参观见学、组织生活会 或 自学)");
                continue;
            }
            if (self) {
                String key = member.id() + "|" + date + "|" + topic;
                if (r.duplicate(seen, key, "姓名")) {
                    continue;
                }
                SelfStudy entry = new SelfStudy(null, member.id(), date, topic, hours);
                rows.add(new Planned(row.number(), null, null, entry, selfOutcome(branchId, entry)));
                continue;
            }
            AttendanceStatus status = statusText == null ? null : AttendanceStatus.ofLabel(statusText);
            if (status == null) {
                r.reject("出勤", statusText == null ? "不能为空" : "应填 出席、请假、缺席、补课 或 送课上门");
                continue;
            }
            if (status == AttendanceStatus.MADE_UP && makeup == null) {
                r.reject("补课日期", "补课须填写补课日期");
                continue;
            }
            String sessionKey = date + "|" + kind + "|" + topic;
            StudySession session = sessions.computeIfAbsent(sessionKey, k -> new StudySession(null, branchId, date, kind,
                    topic, hours, r.text("地点", false), r.text("主讲人", false)));
            Integer firstRow = sessionRow.putIfAbsent(sessionKey, row.number());
            if (session.hoursTenths() != hours) {
                r.reject("学时", "与同一活动第" + firstRow + "行的学时(" + Hours.format(session.hoursTenths()) + ")不同");
                continue;
            }
            if (r.duplicate(seen, sessionKey + "|" + member.id(), "姓名")) {
                continue;
            }
            Attendance a = new Attendance(null, -1, member.id(), status,
                    status == AttendanceStatus.MADE_UP ? makeup : null, r.text("补课方式", false));
            rows.add(new Planned(row.number(), session, a, null, attendanceOutcome(branchId, session, a)));
        }
        rejections.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new Plan(table.fileName(), table.sheetName(), rows, rejections);
    }

    private RowOutcome selfOutcome(long branchId, SelfStudy entry) {
        return study.selfStudy(db.dsl(), branchId, entry.studiedOn(), entry.studiedOn()).stream()
                .filter(s -> s.memberId() == entry.memberId() && s.material().equals(entry.material())).findFirst()
                .map(s -> s.hoursTenths() == entry.hoursTenths() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED)
                .orElse(RowOutcome.NEW);
    }

    private RowOutcome attendanceOutcome(long branchId, StudySession session, Attendance a) {
        return study.session(db.dsl(), branchId, session.heldOn(), session.kind(), session.topic())
                .flatMap(s -> study.attendance(db.dsl(), s.id()).stream()
                        .filter(x -> x.memberId() == a.memberId()).findFirst())
                .map(x -> x.status() == a.status() && Objects.equals(x.makeupOn(), a.makeupOn())
                        && Objects.equals(x.makeupHow(), a.makeupHow()) ? RowOutcome.UNCHANGED : RowOutcome.UPDATED)
                .orElse(RowOutcome.NEW);
    }

    /** Writes the plan in one transaction: 0s when rows were rejected and the valid ones not accepted. */
    public ImportCounts commit(Plan plan, long branchId, boolean acceptValid) {
        ImportCounts would = plan.wouldWrite();
        if (would.rejected() > 0 && !acceptValid) {
            return new ImportCounts(0, 0, 0, would.rejected());
        }
        return db.transaction(tx -> {
            Map<String, Long> sessionIds = new HashMap<>();
            for (Planned p : plan.rows()) {
                if (p.outcome() == RowOutcome.UNCHANGED) {
                    continue;
                }
                if (p.selfStudy() != null) {
                    study.saveSelfStudy(tx, branchId, p.selfStudy());
                    continue;
                }
                StudySession s = p.session();
                long sessionId = sessionIds.computeIfAbsent(s.heldOn() + "|" + s.kind() + "|" + s.topic(),
                        k -> study.session(tx, branchId, s.heldOn(), s.kind(), s.topic())
                                .orElseGet(() -> study.insert(tx, s)).id());
                Attendance a = p.attendance();
                study.saveAttendance(tx, branchId, new Attendance(null, sessionId, a.memberId(), a.status(),
                        a.makeupOn(), a.makeupHow()));
            }
            return would;
        });
    }

    private static Integer hours(RowReader r, String field) {
        Cell c = r.cell(field);
        if (c.blank()) {
            r.reject(field, "不能为空");
            return null;
        }
        try {
            return Hours.parse(c.text());
        } catch (IllegalArgumentException e) {
            r.reject(field, e.getMessage());
            return null;
        }
    }
}
