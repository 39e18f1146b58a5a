package org.branchledger.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchledger.importing.Cell;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.SheetRow;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterMatch;
import org.branchledger.study.StudyImport.ColumnUse;
import org.branchledger.study.StudyImport.NameMatch;
import org.branchledger.study.StudyImport.Planned;

/**
 * Checks a sign-in matrix: first its session columns (a column without a date's 形式 or 学时, when the
 * file does not give them, refuses the whole file), then each member's row; a row with any bad cell is
 * rejected whole. The 主题 of a column whose header has none is its 形式, so a re-import finds the same
 * session.
 */
final class StudyMatrixPlan {
    private final StudyImport owner;
    private final String fileName;
    private final StudyMatrix matrix;
    private final long branchId;
    private final StudyImport.Options options;
    private final RosterMatch.Members roster;

    StudyMatrixPlan(StudyImport owner, String fileName, StudyMatrix matrix, long branchId, StudyImport.Options options,
                    RosterMatch.Members roster) {
        this.owner = owner;
        this.fileName = fileName;
        this.matrix = matrix;
        this.branchId = branchId;
        this.options = options;
        this.roster = roster;
    }

    StudyImport.Plan plan() throws ImportFileException {
        List<StudySession> sessions = sessions();
        Map<Long, Integer> seen = new HashMap<>();
        Map<String, NameMatch> names = new LinkedHashMap<>();
        List<Planned> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        for (StudyMatrix.MemberRow row : matrix.rows()) {
            List<RowRejection> problems = new ArrayList<>();
            String name = row.name().blank() ? null : row.name().text();
            RosterMatch.Found found = RosterMatch.find(name, matrix.hasIdColumn() ? row.id() : null, roster);
            if (found.member() == null) {
                problems.add(new RejectionAt(row.number()).at("姓名".equals(found.field()) ? matrix.nameColumnName()
                        : matrix.idColumnName(), found.problem()));
            }
            List<AttendanceMark> marks = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                Cell cell = row.marks().get(i);
                AttendanceMark mark = AttendanceMark.read(cell.blank() ? "" : cell.text(), sessions.get(i).heldOn());
                if (mark.status() == null) {
                    problems.add(new RejectionAt(row.number()).at(matrix.sessions().get(i).header(), mark.problem()));
                }
                marks.add(mark);
            }
            Member member = found.member();
            if (problems.isEmpty()) {
                Integer earlier = seen.putIfAbsent(member.id(), row.number());
                if (earlier != null) {
                    problems.add(new RejectionAt(row.number()).at(matrix.nameColumnName(), "与第" + earlier + "行是同一名党员"));
                }
            }
            if (!problems.isEmpty()) {
                rejections.addAll(problems);
                continue;
            }
            if (!row.name().blank() && (!matrix.hasIdColumn() || row.id().blank())) {
                String compact = RosterMatch.compact(row.name().text());
                names.putIfAbsent(compact, new NameMatch(compact, member.name(), RosterMatch.masked(member.idNumber())));
            }
            for (int i = 0; i < sessions.size(); i++) {
                StudySession s = sessions.get(i);
                AttendanceMark mark = marks.get(i);
                Attendance a = new Attendance(null, -1, member.id(), mark.status(), mark.makeupOn(), null);
                rows.add(new Planned(row.number(), s, a, null, owner.attendanceOutcome(branchId, s, a)));
            }
        }
        return new StudyImport.Plan(fileName, matrix.sheetName(), true, columnUses(sessions), List.copyOf(names.values()),
                rows, rejections, List.of());
    }

    /** Where a rejection is: the row, and the column by its header. */
    private record RejectionAt(int row) {
        RowRejection at(String column, String reason) {
            return new RowRejection(row, column, reason);
        }
    }

    /** The session of each session column, or the whole file refused naming the columns that lack something. */
    private List<StudySession> sessions() throws ImportFileException {
        SessionKind given = options.kind() == null ? null : SessionKind.ofLabel(options.kind());
        if (options.kind() != null && given == null) {
            throw new ImportFileException(fileName, "签到汇总表记录的是集中学习活动，整个文件的学习形式不能是“" + options.kind()
                    + "”(可用 " + java.util.Arrays.stream(SessionKind.values()).map(SessionKind::label)
                            .collect(Collectors.joining("、")) + ")");
        }
        List<String> noKind = new ArrayList<>();
        List<String> noHours = new ArrayList<>();
        List<StudySession> sessions = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (StudyMatrix.Column c : matrix.sessions()) {
            SessionHeader h = c.session();
            if (h.date() == null) {
                throw new ImportFileException(fileName, c.named() + "的日期“" + h.badDate() + "”不是有效的日期");
            }
            SessionKind kind = h.kind() != null ? h.kind() : given;
            if (kind == null) {
                noKind.add(c.named());
            }
            Integer hours = options.hoursTenths();
            if (h.hoursText() != null) {
                try {
                    hours = Hours.parse(h.hoursText());
                } catch (IllegalArgumentException e) {
                    throw new ImportFileException(fileName, c.named() + "的学时: " + e.getMessage());
                }
            } else if (hours == null) {
                noHours.add(c.named());
            }
            if (kind == null || hours == null) {
                continue;
            }
            String topic = h.topic() == null ? kind.label() : h.topic();
            if (topic.length() > StudyImport.TOPIC_MAX) {
                throw new ImportFileException(fileName, c.named() + "的主题过长(最多" + StudyImport.TOPIC_MAX + "字)");
            }
            String earlier = keys.putIfAbsent(h.date() + "|" + kind + "|" + topic, c.named());
            if (earlier != null) {
                throw new ImportFileException(fileName, c.named() + "与" + earlier + "是同一次活动(日期、形式、主题都相同)，"
                        + "请在表头写上不同的主题");
            }
            sessions.add(new StudySession(null, branchId, h.date(), kind, topic, hours, null, null));
        }
        if (!noKind.isEmpty()) {
            throw new StudyImport.KindMissing(fileName, String.join("、", noKind) + " 的表头没有写明形式(集中学习、党课……)。"
                    + "请在表头写上，或用 --kind 集中学习 指定整个文件的学习形式");
        }
        if (!noHours.isEmpty()) {
            throw new ImportFileException(fileName, String.join("、", noHours) + " 的表头没有写明学时。"
                    + "请在表头写上(如“2026.3.8 党课 2学时”)，或用 --hours 2 指定每次活动的学时");
        }
        return sessions;
    }

    private List<ColumnUse> columnUses(List<StudySession> sessions) {
        Map<Integer, String> fieldOf = new HashMap<>();
        fieldOf.put(matrix.nameColumn(), "姓名");
        if (matrix.hasIdColumn()) {
            fieldOf.put(matrix.idColumn(), "公民身份号码");
        }
        for (int i = 0; i < sessions.size(); i++) {
            StudySession s = sessions.get(i);
            fieldOf.put(matrix.sessions().get(i).index(), "活动: " + s.heldOn() + " " + s.kind().label() + " "
                    + Hours.format(s.hoursTenths()) + "学时" + (s.topic().equals(s.kind().label()) ? "" : " " + s.topic()));
        }
        List<ColumnUse> uses = new ArrayList<>();
        List<String> texts = matrix.headerTexts();
        for (int c = 0; c < texts.size(); c++) {
            if (!texts.get(c).isEmpty() || fieldOf.containsKey(c)) {
                uses.add(new ColumnUse(SheetRow.columnLetter(c), texts.get(c), fieldOf.get(c)));
            }
        }
        return uses;
    }
}
