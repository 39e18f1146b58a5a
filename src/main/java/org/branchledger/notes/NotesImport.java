package org.branchledger.notes;

import org.branchledger.branch.ReceivedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Importing reading notes and essays with their review: one row per note, matched by member, date, kind
 * and title. Members by 公民身份号码, or by 姓名 among the current members when the file has no such column. Checked whole first, written in one transaction.
 */
public final class NotesImport {
    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("姓名"),
            ColumnSpec.optional("公民身份号码", "公民身份证号", "身份证号", "身份证号码"),
            ColumnSpec.required("日期", "撰写日期", "时间"), ColumnSpec.required("类别", "类型", "种类"),
            ColumnSpec.required("题目", "标题", "学习材料", "内容"), ColumnSpec.required("字数"),
            ColumnSpec.optional("批改人", "批阅人"), ColumnSpec.optional("批改日期", "批阅日期"),
            ColumnSpec.optional("批改意见", "批阅意见"), ColumnSpec.optional("等级", "批改等级"));


    record Planned(int rowNumber, ReadingNote note, RowOutcome outcome) {
    }

    /** The checked file. */
    public record Plan(String fileName, String sheetName, List<Planned> rows, List<RowRejection> rejections,
                       List<org.branchledger.importing.SkippedSheet> skipped) {
        public ImportCounts wouldWrite() {
            return ImportCounts.of(rows.stream().map(Planned::outcome).toList(), rejections);
        }
    }

    private final Database db;
    private final NotesRepository notes;
    private final MemberRepository members;

    public NotesImport(Database db, NotesRepository notes, MemberRepository members) {
        this.db = db;
        this.notes = notes;
        this.members = members;
    }

    public Plan plan(Path file, long branchId, Progress progress) throws ImportFileException {
        ImportTable table = ImportTable.read(file, COLUMNS, progress);
        RosterMatch.Members roster = new RosterMatch.Members(members.ofBranch(db.dsl(), branchId));
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            RowReader r = new RowReader(table, row, rejections);
            Member member = RosterMatch.member(r, roster); // by 姓名 when the file has no 公民身份号码
            LocalDate date = r.date("日期", true);
            String kindText = r.text("类别", true);
            String title = r.text("题目", true);
            Integer words = count(r, "字数");
            String reviewer = r.text("批改人", false);
            LocalDate reviewedOn = r.date("批改日期", false);
            String comment = r.text("批改意见", false);
            String gradeText = r.text("等级", false);
            if (r.failed()) {
                continue;
            }
            NoteKind kind = NoteKind.ofLabel(kindText);
            if (kind == null) {
                r.reject("类别", "应填 笔记 或 心得体会(不认识“" + kindText + "”)");
                continue;
            }
            Grade grade = gradeText == null ? null : Grade.ofLabel(gradeText);
            if (gradeText != null && grade == null) {
                r.reject("等级", "应填 优、良、合格 或 需修改(不认识“" + gradeText + "”)");
                continue;
            }
            if (reviewedOn == null && (reviewer != null || grade != null || comment != null)) {
                r.reject("批改日期", "填写了批改人、批改意见或等级时须填写批改日期");
                continue;
            }
            if (r.duplicate(seen, member.id() + "|" + date + "|" + kind + "|" + title, "题目")) {
                continue;
            }
            ReadingNote note = new ReadingNote(null, branchId, member.id(), date, kind, title, words, null, reviewer,
                    reviewedOn, comment, grade);
            rows.add(new Planned(row.number(), note, outcome(note)));
        }
        rejections.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new Plan(table.fileName(), table.sheetName(), rows, rejections, table.skipped());
    }

    private RowOutcome outcome(ReadingNote n) {
        return notes.find(db.dsl(), n.memberId(), n.writtenOn(), n.kind(), n.title())
                .map(x -> x.wordCount() == n.wordCount() && Objects.equals(x.reviewer(), n.reviewer())
                        && Objects.equals(x.reviewedOn(), n.reviewedOn())
                        && Objects.equals(x.reviewComment(), n.reviewComment()) && x.grade() == n.grade()
                        ? RowOutcome.UNCHANGED : RowOutcome.UPDATED)
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
            for (Planned p : plan.rows()) {
                if (p.outcome() == RowOutcome.UNCHANGED) {
                    continue;
                }
                ReadingNote n = p.note();
                // a typed text already stored is kept: the file carries no text
                String body = notes.find(tx, n.memberId(), n.writtenOn(), n.kind(), n.title())
                        .map(ReadingNote::body).orElse(null);
                notes.save(tx, new ReadingNote(null, branchId, n.memberId(), n.writtenOn(), n.kind(), n.title(),
                        n.wordCount(), body, n.reviewer(), n.reviewedOn(), n.reviewComment(), n.grade()));
            }
            return would;
        });
    }

    /** 字数: a whole number, zero or more. */
    private static Integer count(RowReader r, String field) {
        Cell c = r.cell(field);
        if (c.blank()) {
            r.reject(field, "不能为空");
            return null;
        }
        String t = c.text().strip().replace(",", "").replace("，", "");
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!t.matches("\\d{1,7}")) {
            r.reject(field, "应为不小于 0 的整数: " + c.text().strip());
            return null;
        }
        return Integer.parseInt(t);
    }
}
