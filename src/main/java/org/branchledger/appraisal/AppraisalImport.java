package org.branchledger.appraisal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchledger.core.Progress;
import org.branchledger.importing.Cell;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.ImportTable;
import org.branchledger.importing.RowReader;
import org.branchledger.importing.RowOutcome;
import org.branchledger.importing.RowRejection;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterMatch;

/**
 * Importing the tally sheet (测评票统计表) people fill from the paper ballots: one row per member with the
 * votes, the mass appraisal counts and, optionally, the committee's grade and its reason. Checked whole
 * first, written in one transaction; a member's self-assessment and 五带头 entered on screen are kept.
 */
public final class AppraisalImport {
    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("姓名"),
            ColumnSpec.required("公民身份号码", "公民身份证号", "身份证号", "身份证号码"),
            ColumnSpec.required("优秀票", "优秀", "优秀票数", "评为优秀"),
            ColumnSpec.required("合格票", "合格", "合格票数", "评为合格"),
            ColumnSpec.required("基本合格票", "基本合格", "基本合格票数", "评为基本合格"),
            ColumnSpec.required("不合格票", "不合格", "不合格票数", "评为不合格"),
            ColumnSpec.optional("满意", "满意票", "满意数", "群众满意"),
            ColumnSpec.optional("基本满意", "基本满意票", "基本满意数", "群众基本满意"),
            ColumnSpec.optional("不满意", "不满意票", "不满意数", "群众不满意"),
            ColumnSpec.optional("评定等次", "组织评定", "评定结果", "支部评定等次", "等次"),
            ColumnSpec.optional("理由", "评定理由", "理由/备注", "理由或备注", "备注", "说明"));


    record Planned(int rowNumber, Member member, boolean probationary, AppraisalEntry entry, RowOutcome outcome) {
    }

    /** The checked file. */
    public record Plan(String fileName, String sheetName, int year, List<Planned> rows, List<RowRejection> rejections,
                       List<org.branchledger.importing.SkippedSheet> skipped) {
        public ImportCounts wouldWrite() {
            return ImportCounts.of(rows.stream().map(Planned::outcome).toList(), rejections);
        }
    }

    private final AppraisalService service;

    public AppraisalImport(AppraisalService service) {
        this.service = service;
    }

    public Plan plan(Path file, long branchId, int year, Progress progress) throws ImportFileException {
        ImportTable table = ImportTable.read(file, COLUMNS, progress);
        AppraisalRound round = service.round(branchId, year);
        Map<Long, AppraisalEntry> existing = new HashMap<>();
        if (round.id() != null) {
            service.repository().entries(service.database().dsl(), round.id())
                    .forEach(e -> existing.put(e.memberId(), e));
        }
        Map<String, Member> byId = service.byIdNumber(branchId);
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            RowReader r = new RowReader(table, row, rejections);
            Member member = RosterMatch.member(r, byId);
            int[] votes = {count(r, "优秀票"), count(r, "合格票"), count(r, "基本合格票"), count(r, "不合格票")};
            int[] mass = {count(r, "满意"), count(r, "基本满意"), count(r, "不满意")};
            String gradeText = r.text("评定等次", false);
            String reason = r.text("理由", false);
            AppraisalGrade grade = gradeText == null ? null : AppraisalGrade.ofLabel(gradeText);
            if (gradeText != null && grade == null) {
                r.reject("评定等次", "应填 优秀、合格、基本合格 或 不合格(不认识“" + gradeText + "”)");
            }
            if (reason != null && reason.length() > 500) {
                r.reject("理由", "最多 500 个字");
            }
            if (r.failed() || r.duplicate(seen, member.idNumber(), "公民身份号码")) {
                continue;
            }
            boolean probationary = AppraisalService.probationary(member, round.asOf());
            AppraisalEntry before = existing.get(member.id());
            AppraisalEntry entry = (before != null ? before : AppraisalEntry.empty(0, member.id())).withTallies(
                    new AppraisalRule.Tally(votes[0], votes[1], votes[2], votes[3]),
                    new AppraisalRule.Mass(mass[0], mass[1], mass[2]), grade, reason);
            if (probationary && grade != null) {
                r.reject("评定等次", "预备党员参加评议但不评定等次，请留空");
                continue;
            }
            AppraisalRule.Judgement j = AppraisalRule.judge(probationary, entry.votes(), entry.mass(),
                    round.thresholds());
            if (AppraisalRule.needsReason(j, grade) && reason == null) {
                r.reject("理由", "评定等次(" + grade.label() + ")与建议等次(" + j.suggestion()
                        + ")不同，须写明理由");
                continue;
            }
            RowOutcome outcome = before == null ? RowOutcome.NEW : before.sameTallies(entry) ? RowOutcome.UNCHANGED
                    : RowOutcome.UPDATED;
            rows.add(new Planned(row.number(), member, probationary, entry, outcome));
        }
        rejections.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new Plan(table.fileName(), table.sheetName(), year, rows, rejections, table.skipped());
    }

    /** Writes the plan in one transaction: 0s when rows were rejected and the valid ones not accepted. */
    public ImportCounts commit(Plan plan, long branchId, boolean acceptValid) {
        ImportCounts would = plan.wouldWrite();
        if (would.rejected() > 0 && !acceptValid) {
            return new ImportCounts(0, 0, 0, would.rejected());
        }
        LocalDate today = service.today();
        return service.database().transaction(tx -> {
            AppraisalRound round = service.startedRound(tx, branchId, plan.year());
            Set<Long> withItem = service.membersWithItem(tx, round.id());
            for (Planned p : plan.rows()) {
                if (p.outcome() != RowOutcome.UNCHANGED) {
                    service.write(tx, branchId, round, p.entry(), p.probationary(), withItem, today);
                }
            }
            return would;
        });
    }

    /** A count of votes or answers: a whole number, zero or more; blank is 0. */
    private static int count(RowReader r, String field) {
        Cell c = r.cell(field);
        if (c.blank()) {
            return 0;
        }
        String t = c.text().strip().replace("票", "").replace("人", "");
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!t.matches("\\d{1,6}")) {
            r.reject(field, "应为不小于 0 的整数: " + c.text().strip());
            return 0;
        }
        return Integer.parseInt(t);
    }
}
