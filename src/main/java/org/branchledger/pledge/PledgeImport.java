package org.branchledger.pledge;

import org.branchledger.branch.ReceivedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.branchledger.core.Progress;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.db.Database;
import org.branchledger.importing.Cell;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.ImportTable;
import org.branchledger.importing.RowReader;
import org.branchledger.importing.RowOutcome;
import org.branchledger.importing.RowRejection;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.branchledger.roster.RosterMatch;
import org.jooq.DSLContext;

/**
 * Importing pledges with their steps: one row per pledge. A pledge is identified by its branch, who pledges
 * (the member by 公民身份号码, or the branch itself), its 承诺内容 (as written, blanks at the ends ignored)
 * and its 完成时限; a row naming a known pledge fills in what the file says and never clears what the file
 * leaves empty, and its 进展 entries are added unless already there. Checked whole first, written in one
 * transaction.
 */
public final class PledgeImport {
    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("承诺主体", "主体", "承诺类型", "承诺人类别"),
            ColumnSpec.optional("姓名", "承诺人"),
            ColumnSpec.optional("公民身份号码", "公民身份证号", "身份证号", "身份证号码"),
            ColumnSpec.required("类别", "承诺类别", "对照标准", "五个好五带头"),
            ColumnSpec.optional("岗位", "设岗", "党员岗位", "承诺岗位"),
            ColumnSpec.required("承诺内容", "承诺事项", "内容"),
            ColumnSpec.optional("措施", "主要措施", "具体措施", "践诺措施"),
            ColumnSpec.optional("责任人"),
            ColumnSpec.required("完成时限", "完成时间", "时限", "完成期限"),
            ColumnSpec.optional("承诺日期"),
            ColumnSpec.optional("审诺日期", "审核日期"),
            ColumnSpec.optional("公示日期", "示诺日期"),
            ColumnSpec.optional("进展", "履诺情况", "践诺情况", "进展情况"),
            ColumnSpec.optional("述诺日期"),
            ColumnSpec.optional("评诺结果", "评诺", "兑现情况"),
            ColumnSpec.optional("评诺日期"),
            ColumnSpec.optional("满意度", "群众满意度"),
            ColumnSpec.optional("说明", "未兑现说明", "情况说明"));

    private static final Pattern DATED = Pattern.compile(
            "^(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)\\s*[:：,，、]?\\s*(.+)$");


    record Planned(int rowNumber, Pledge pledge, List<PledgeProgress> progress, RowOutcome outcome) {
    }

    /** The checked file. */
    public record Plan(String fileName, String sheetName, List<Planned> rows, List<RowRejection> rejections,
                       List<org.branchledger.importing.SkippedSheet> skipped) {
        public ImportCounts wouldWrite() {
            return ImportCounts.of(rows.stream().map(Planned::outcome).toList(), rejections);
        }
    }

    private final Database db;
    private final PledgeRepository pledges;
    private final MemberRepository members;

    public PledgeImport(Database db, PledgeRepository pledges, MemberRepository members) {
        this.db = db;
        this.pledges = pledges;
        this.members = members;
    }

    public Plan plan(Path file, long branchId, Progress progress) throws ImportFileException {
        ImportTable table = ImportTable.read(file, COLUMNS, progress);
        Map<String, Member> byId = members.ofBranch(db.dsl(), branchId).stream()
                .collect(Collectors.toMap(Member::idNumber, Function.identity()));
        Known known = known(db.dsl(), branchId);
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            RowReader r = new RowReader(table, row, rejections);
            Pledge p = read(r, branchId, byId);
            if (p == null) {
                continue;
            }
            List<PledgeProgress> entries = progress(r);
            if (r.failed() || r.duplicate(seen, key(p), "承诺内容")) {
                continue;
            }
            rows.add(new Planned(row.number(), p, entries, outcome(known, p, entries)));
        }
        rejections.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new Plan(table.fileName(), table.sheetName(), rows, rejections, table.skipped());
    }

    /** The row's pledge, or null with its reasons recorded. */
    private static Pledge read(RowReader r, long branchId, Map<String, Member> byId) {
        String subject = r.text("承诺主体", true);
        Boolean ofBranch = subject == null ? null : switch (subject.replace(" ", "")) {
            case "支部", "党支部", "本支部", "支部承诺" -> true;
            case "党员", "个人", "党员个人", "党员承诺" -> false;
            default -> null;
        };
        if (subject != null && ofBranch == null) {
            r.reject("承诺主体", "应填 支部 或 党员(不认识“" + subject + "”)");
        }
        Member member = null;
        String name = null;
        if (Boolean.FALSE.equals(ofBranch)) {
            member = RosterMatch.member(r, byId);
        } else if (Boolean.TRUE.equals(ofBranch)) {
            name = r.text("姓名", false);
            if (!r.cell("公民身份号码").blank()) {
                r.reject("公民身份号码", "支部的承诺不填公民身份号码");
            }
        }
        String categoryText = r.text("类别", true);
        String post = r.text("岗位", false);
        String content = r.text("承诺内容", true);
        String measures = r.text("措施", false);
        String responsible = r.text("责任人", false);
        LocalDate deadline = r.date("完成时限", true);
        LocalDate pledgedOn = r.date("承诺日期", false);
        LocalDate approvedOn = r.date("审诺日期", false);
        LocalDate publishedOn = r.date("公示日期", false);
        LocalDate reportedOn = r.date("述诺日期", false);
        String verdictText = r.text("评诺结果", false);
        LocalDate evaluatedOn = r.date("评诺日期", false);
        Integer satisfaction = satisfaction(r);
        String explanation = r.text("说明", false);
        // every problem of the row is reported, not only the first
        PledgeCategory category = PledgeCategory.ofLabel(categoryText);
        if (ofBranch != null && categoryText != null && (category == null || category.forBranch() != ofBranch)) {
            r.reject("类别", (ofBranch ? "支部承诺应对照“五个好”: " : "党员承诺应对照“五带头”: ")
                    + PledgeCategory.labels(ofBranch) + "(不认识“" + categoryText + "”)");
        }
        Verdict verdict = Verdict.ofLabel(verdictText);
        if (verdictText != null && verdict == null) {
            r.reject("评诺结果", "应填 已兑现、部分兑现 或 未兑现(不认识“" + verdictText + "”)");
        }
        // the steps the row records, held to the pledge's life (PledgeSteps.recorded), in the file's words
        List<PledgeSteps.Refusal> steps = PledgeSteps.recorded(Pledge.draft(branchId, null, category, post, content,
                measures, responsible, deadline, pledgedOn).approved(approvedOn, null).published(publishedOn)
                .reported(reportedOn, null).evaluated(verdict, evaluatedOn, satisfaction).explained(null, explanation));
        reject(r, steps, PledgeSteps.Step.PUBLISH, "公示日期", "不能早于审诺日期 " + approvedOn);
        reject(r, steps, PledgeSteps.Step.REPORT, "述诺日期", NOT_PUBLISHED);
        reject(r, steps, PledgeSteps.Step.EVALUATE, "评诺结果", NOT_PUBLISHED);
        if (satisfaction != null && verdictText == null) {
            r.reject("满意度", "填写满意度时须填写评诺结果");
        }
        reject(r, steps, PledgeSteps.Step.EXPLAIN, "说明", "已兑现的承诺不需要说明");
        if (evaluatedOn != null && verdictText == null) {
            r.reject("评诺日期", "填写评诺日期时须填写评诺结果");
        }
        if (r.failed() || ofBranch == null) {
            return null;
        }
        if (verdict != null && evaluatedOn == null) {
            evaluatedOn = reportedOn != null ? reportedOn : deadline.isBefore(publishedOn) ? publishedOn : deadline;
        }
        if (ofBranch && responsible == null) {
            responsible = name;
        }
        return Pledge.draft(branchId, member == null ? null : member.id(), category, post, content, measures,
                        responsible, deadline, pledgedOn).approved(approvedOn, null).published(publishedOn)
                .reported(reportedOn, null).evaluated(verdict, evaluatedOn, satisfaction)
                .explained(explanation == null ? null : evaluatedOn, explanation);
    }

    private static final String NOT_PUBLISHED = "承诺尚未公示(公示日期为空)，不能述诺或评诺";

    /** Rejects the row in {@code column} when the steps it records refuse {@code step}. */
    private static void reject(RowReader r, List<PledgeSteps.Refusal> refusals, PledgeSteps.Step step, String column,
                               String reason) {
        if (refusals.stream().anyMatch(x -> x.step() == step)) {
            r.reject(column, reason);
        }
    }

    private static Integer satisfaction(RowReader r) {
        Cell c = r.cell("满意度");
        if (c.blank()) {
            return null;
        }
        try {
            return Satisfaction.parse(c.kind() == Cell.Kind.NUMBER ? String.valueOf(c.number()) : c.text(),
                    c.kind() == Cell.Kind.NUMBER);
        } catch (IllegalArgumentException e) {
            r.reject("满意度", e.getMessage());
            return null;
        }
    }

    /** 进展: entries separated by line breaks or ；, each optionally starting with its date. */
    static List<PledgeProgress> progress(RowReader r) {
        String text = r.text("进展", false);
        List<PledgeProgress> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[\\r\\n；;]+")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = DATED.matcher(s);
            LocalDate on = null;
            if (m.matches()) {
                try {
                    PartialDate d = DateParser.parse(m.group(1).replace(" ", ""));
                    on = d.firstDay();
                    s = m.group(2).strip();
                } catch (DateParseException | IllegalArgumentException e) {
                    r.reject("进展", "日期无法识别: " + m.group(1));
                    continue;
                }
            }
            out.add(new PledgeProgress(null, 0, on, s));
        }
        return out;
    }

    /** The branch's stored pledges by what identifies them, and their progress: read once per import. */
    private record Known(Map<String, Pledge> pledges, Map<Long, List<PledgeProgress>> progress) {
        Pledge find(Pledge p) {
            return pledges.get(key(p));
        }

        List<PledgeProgress> progressOf(Pledge stored) {
            return progress.getOrDefault(stored.id(), List.of());
        }
    }

    private Known known(DSLContext tx, long branchId) {
        Map<String, Pledge> byKey = new HashMap<>();
        for (Pledge p : pledges.all(tx, branchId)) {
            byKey.putIfAbsent(key(p), p);
        }
        return new Known(byKey, pledges.progress(tx, branchId));
    }

    /** What identifies a pledge within its branch: who pledges (null: the branch), content, deadline. */
    private static String key(Pledge p) {
        return p.memberId() + "|" + p.deadline() + "|" + p.content();
    }

    private static RowOutcome outcome(Known known, Pledge p, List<PledgeProgress> entries) {
        Pledge stored = known.find(p);
        if (stored == null) {
            return RowOutcome.NEW;
        }
        return merge(stored, p).equals(stored) && newEntries(known.progressOf(stored), entries).isEmpty()
                ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    /** The stored pledge with what the file fills in; what the file leaves empty is kept. */
    static Pledge merge(Pledge stored, Pledge file) {
        return new Pledge(stored.id(), stored.branchId(), stored.memberId(), file.category(),
                or(file.post(), stored.post()), stored.content(), or(file.measures(), stored.measures()),
                or(file.responsible(), stored.responsible()), stored.deadline(),
                or(file.pledgedOn(), stored.pledgedOn()), or(file.approvedOn(), stored.approvedOn()),
                stored.approvedMeeting(), or(file.publishedOn(), stored.publishedOn()),
                or(file.reportedOn(), stored.reportedOn()), stored.report(), or(file.verdict(), stored.verdict()),
                file.verdict() != null ? file.evaluatedOn() : stored.evaluatedOn(),
                or(file.satisfactionTenths(), stored.satisfactionTenths()),
                or(file.explanation(), stored.explanation()), or(file.explainedOn(), stored.explainedOn()));
    }

    private static List<PledgeProgress> newEntries(List<PledgeProgress> have, List<PledgeProgress> entries) {
        return entries.stream().filter(e -> have.stream().noneMatch(h -> Objects.equals(h.notedOn(), e.notedOn())
                && h.note().equals(e.note()))).toList();
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** Writes the plan in one transaction: 0s when rows were rejected and the valid ones not accepted. */
    public ImportCounts commit(Plan plan, long branchId, boolean acceptValid) {
        ImportCounts would = plan.wouldWrite();
        if (would.rejected() > 0 && !acceptValid) {
            return new ImportCounts(0, 0, 0, would.rejected());
        }
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            Known known = known(tx, branchId);
            for (Planned row : plan.rows()) {
                if (row.outcome() == RowOutcome.UNCHANGED) {
                    continue;
                }
                Pledge p = row.pledge();
                Pledge stored = known.find(p);
                Pledge saved = pledges.save(tx, stored == null ? p : merge(stored, p));
                List<PledgeProgress> add = stored == null ? row.progress()
                        : newEntries(known.progressOf(stored), row.progress());
                for (PledgeProgress e : add) {
                    pledges.insertProgress(tx, branchId, new PledgeProgress(null, saved.id(), e.notedOn(), e.note()));
                }
            }
            return would;
        });
    }
}
