package org.branchledger.study;

import org.branchledger.branch.ReceivedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.branchledger.core.Progress;
import org.branchledger.core.db.Database;
import org.branchledger.importing.Cell;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.HeaderMatch;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.ImportTable;
import org.branchledger.importing.RowOutcome;
import org.branchledger.importing.RowReader;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.SheetRow;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.branchledger.roster.RosterMatch;

/**
 * Importing study records, in either of two shapes. A list: one row per member per session (rows with
 * the same 日期+形式+主题 form one session) or per self-study entry (形式 自学). A sign-in matrix
 * (签到汇总表, {@link StudyMatrix}): a row per member, a column per session. Members are matched by
 * 公民身份号码, or by 姓名 among the current members when the file has no such column. A file without 形式
 * (or a session column without 学时) needs it given for the whole file ({@link Options}). Checked whole
 * first, written in one transaction.
 */
public final class StudyImport {
    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("日期", "学习日期", "活动日期", "活动时间", "学习时间", "时间"),
            ColumnSpec.optional("形式", "学习形式", "活动形式", "类型", "活动类型"),
            ColumnSpec.required("主题", "活动名称", "活动主题", "学习主题", "学习内容", "内容", "题目"),
            ColumnSpec.optional("学时", "学时数", "时长", "课时"),
            ColumnSpec.required("姓名", "党员姓名"),
            ColumnSpec.optional("公民身份号码", "公民身份证号", "身份证号", "身份证号码"),
            ColumnSpec.optional("出勤", "出勤情况", "考勤"), ColumnSpec.optional("补课日期", "补课时间"),
            ColumnSpec.optional("补课方式"), ColumnSpec.optional("地点", "学习地点"),
            ColumnSpec.optional("主讲人", "授课人", "主持人"));
    /** The longest 主题 the database keeps (study_session.topic, self_study.material). */
    static final int TOPIC_MAX = 200;
    private static final Map<String, Integer> TEXT_MAX = Map.of("主题", TOPIC_MAX, "地点", 100, "主讲人", 50, "补课方式", 100);

    /**
     * What the user gives for the whole file (CLI {@code --kind}, {@code --hours}; the window's choices).
     *
     * @param kind        the 形式 of every row of a file without that column: a session kind's label or 自学
     * @param hoursTenths the 学时 of a row or session column that has none
     */
    public record Options(String kind, Integer hoursTenths) {
        public static final Options NONE = new Options(null, null);
    }

    /** The file has no 形式 and none was given: the window offers a choice, the CLI names --kind. */
    public static final class KindMissing extends ImportFileException {
        KindMissing(String fileName, String problem) {
            super(fileName, problem);
        }
    }

    /** A column of the file and the field it was read as (null: not imported), for the window. */
    public record ColumnUse(String letter, String header, String field) {
    }

    /** A name of a file keyed by 姓名 and the member it was matched to (ID number masked). */
    public record NameMatch(String name, String memberName, String maskedId) {
    }

    /** A checked row: an attendance at a session, or a self-study entry. */
    record Planned(int rowNumber, StudySession session, Attendance attendance, SelfStudy selfStudy, RowOutcome outcome) {
    }

    /** The checked file: which sheet, how its columns were read, what would be written and what not. */
    public record Plan(String fileName, String sheetName, boolean matrix, List<ColumnUse> columns,
                       List<NameMatch> names, List<Planned> rows, List<RowRejection> rejections,
                       List<org.branchledger.importing.SkippedSheet> skipped) {
        public ImportCounts wouldWrite() {
            return ImportCounts.of(rows.stream().map(Planned::outcome).toList(), rejections);
        }

        /** How many member-session or self-study rows would be written (or found unchanged). */
        public int validRows() {
            return rows.size();
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

    /** The session kinds and 自学, as --kind and the window's choice accept them. */
    public static List<String> kindLabels() {
        List<String> labels = new ArrayList<>();
        for (SessionKind k : SessionKind.values()) {
            labels.add(k.label());
        }
        labels.add(SessionKind.SELF_STUDY);
        return labels;
    }

    public Plan plan(Path file, long branchId, Progress progress) throws ImportFileException {
        return plan(file, branchId, Options.NONE, progress);
    }

    public Plan plan(Path file, long branchId, Options options, Progress progress) throws ImportFileException {
        Optional<StudyMatrix> matrix = StudyMatrix.read(file, COLUMNS, progress);
        RosterMatch.Members roster = new RosterMatch.Members(members.ofBranch(db.dsl(), branchId));
        if (matrix.isPresent()) {
            return new StudyMatrixPlan(this, fileName(file), matrix.get(), branchId, options, roster).plan();
        }
        ImportTable table;
        try {
            table = ImportTable.read(file, COLUMNS, progress);
        } catch (ImportFileException e) {
            if (e.problem().startsWith("找不到表头")) {
                throw new ImportFileException(e.fileName(), "找不到表头。需要 日期、主题、学时、姓名 等列(每行一人一次学习)，"
                        + "或签到汇总表(每行一名党员，每列一次活动，表头写明日期、形式和学时)");
            }
            throw e;
        }
        return planList(table, branchId, options, roster);
    }

    private Plan planList(ImportTable table, long branchId, Options o, RosterMatch.Members roster)
            throws ImportFileException {
        HeaderMatch h = table.header();
        if (!h.has("形式") && o.kind() == null) {
            throw new KindMissing(table.fileName(), "表中没有“形式”列(集中学习、党课……)。请加上这一列，"
                    + "或用 --kind 集中学习 指定整个文件的学习形式");
        }
        if (!h.has("学时") && o.hoursTenths() == null) {
            throw new ImportFileException(table.fileName(), "表中没有“学时”列。请加上这一列，或用 --hours 2 指定每条记录的学时");
        }
        boolean byName = !h.has("公民身份号码");
        Map<String, StudySession> sessions = new HashMap<>();
        Map<String, Integer> sessionRow = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, NameMatch> names = new LinkedHashMap<>();
        List<Planned> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            RowReader r = new RowReader(table, row, rejections);
            LocalDate date = r.date("日期", true);
            String kindText = h.has("形式") ? r.text("形式", o.kind() == null) : null;
            kindText = kindText == null ? o.kind() : kindText;
            String topic = limited(r, "主题", r.text("主题", true));
            Integer hours = r.cell("学时").blank() && o.hoursTenths() != null ? o.hoursTenths() : hours(r, "学时");
            Member member = RosterMatch.member(r, roster);
            String statusText = r.text("出勤", false);
            LocalDate makeup = r.date("补课日期", false);
            String place = limited(r, "地点", r.text("地点", false));
            String speaker = limited(r, "主讲人", r.text("主讲人", false));
            String makeupHow = limited(r, "补课方式", r.text("补课方式", false));
            if (r.failed()) {
                continue;
            }
            if (byName) {
                names.putIfAbsent(RosterMatch.compact(r.cell("姓名").text()), new NameMatch(
                        RosterMatch.compact(r.cell("姓名").text()), member.name(), RosterMatch.masked(member.idNumber())));
            }
            boolean self = SessionKind.SELF_STUDY.equals(kindText);
            SessionKind kind = SessionKind.ofLabel(kindText);
            if (!self && kind == null) {
                r.reject("形式", "不认识的学习形式“" + kindText + "”(可填 " + String.join("、", kindLabels()) + ")");
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
            AttendanceMark mark = !h.has("出勤") ? AttendanceMark.of(AttendanceStatus.PRESENT) : status(statusText, date);
            if (mark.status() == null) {
                r.reject("出勤", mark.problem());
                continue;
            }
            AttendanceStatus status = mark.status();
            makeup = makeup != null ? makeup : mark.makeupOn();
            if (status == AttendanceStatus.MADE_UP && makeup == null) {
                r.reject("补课日期", "补课须填写补课日期");
                continue;
            }
            String sessionKey = date + "|" + kind + "|" + topic;
            int sessionHours = hours;
            StudySession session = sessions.computeIfAbsent(sessionKey, k -> new StudySession(null, branchId, date, kind,
                    topic, sessionHours, place, speaker));
            Integer firstRow = sessionRow.putIfAbsent(sessionKey, row.number());
            if (session.hoursTenths() != hours) {
                r.reject("学时", "与同一活动第" + firstRow + "行的学时(" + Hours.format(session.hoursTenths()) + ")不同");
                continue;
            }
            if (r.duplicate(seen, sessionKey + "|" + member.id(), "姓名")) {
                continue;
            }
            Attendance a = new Attendance(null, -1, member.id(), status,
                    status == AttendanceStatus.MADE_UP ? makeup : null, makeupHow);
            rows.add(new Planned(row.number(), session, a, null, attendanceOutcome(branchId, session, a)));
        }
        rejections.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new Plan(table.fileName(), table.sheetName(), false, columnUses(h), List.copyOf(names.values()), rows,
                rejections, table.skipped());
    }

    /** 出勤 as the long form writes it, or as a sign-in sheet marks it (√, 补 3.15 …). */
    private static AttendanceMark status(String text, LocalDate sessionDate) {
        if (text == null) {
            return new AttendanceMark(null, null, "不能为空");
        }
        AttendanceStatus exact = text.equals("补") ? AttendanceStatus.MADE_UP : AttendanceStatus.ofLabel(text);
        if (exact != null) { // a 补课 without a date here needs one in 补课日期
            return AttendanceMark.of(exact);
        }
        AttendanceMark mark = AttendanceMark.read(text, sessionDate);
        return mark.status() != null || text.startsWith("补") ? mark
                : new AttendanceMark(null, null, "应填 出席、请假、缺席、补课 或 送课上门(不认识“" + text + "”)");
    }

    private static List<ColumnUse> columnUses(HeaderMatch h) {
        Map<Integer, String> fieldOf = new HashMap<>();
        h.columns().forEach((field, col) -> fieldOf.put(col, field));
        List<ColumnUse> uses = new ArrayList<>();
        for (int c = 0; c < h.headerTexts().size(); c++) {
            String text = h.headerText(c);
            if (!text.isBlank() || fieldOf.containsKey(c)) {
                uses.add(new ColumnUse(SheetRow.columnLetter(c), StudyMatrix.oneLine(text), fieldOf.get(c)));
            }
        }
        return uses;
    }

    RowOutcome selfOutcome(long branchId, SelfStudy entry) {
        return study.selfStudy(db.dsl(), branchId, entry.studiedOn(), entry.studiedOn()).stream()
                .filter(s -> s.memberId() == entry.memberId() && s.material().equals(entry.material())).findFirst()
                .map(s -> s.hoursTenths() == entry.hoursTenths() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED)
                .orElse(RowOutcome.NEW);
    }

    RowOutcome attendanceOutcome(long branchId, StudySession session, Attendance a) {
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
            ReceivedData.refuseChanges(tx, branchId);
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

    /** A text no longer than the database keeps; null (and rejected) when longer. */
    private static String limited(RowReader r, String field, String text) {
        int max = TEXT_MAX.get(field);
        if (text != null && text.length() > max) {
            r.reject(field, "过长(" + text.length() + "字，最多" + max + "字)");
            return null;
        }
        return text;
    }

    private static Integer hours(RowReader r, String field) {
        Cell c = r.cell(field);
        if (c.blank()) {
            r.reject(field, "不能为空");
            return null;
        }
        try {
            return Hours.parse(withoutUnit(c.text()));
        } catch (IllegalArgumentException e) {
            r.reject(field, e.getMessage());
            return null;
        }
    }

    /** "2学时", "1.5小时" → the number. */
    static String withoutUnit(String text) {
        return text.strip().replaceFirst("\\s*(个)?(学时|小时|课时|h|H)$", "");
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
