package org.branchledger.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchledger.ledger.Align;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;

/**
 * 践诺台账 (DOMAIN.md §4, §6): every pledge of the year with its measures, dated progress, 述诺, 评诺 and
 * satisfaction, status as of the printing day; then the leaders' comments (领导点评) and the members'
 * activity records (活动记实).
 */
public final class PledgesLedger implements LedgerKind {
    private final PledgeService pledges;
    private final RosterService roster;

    public PledgesLedger(PledgeService pledges, RosterService roster) {
        this.pledges = pledges;
        this.roster = roster;
    }

    @Override
    public String name() {
        return "pledges";
    }

    @Override
    public String title() {
        return "践诺台账";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        long branchId = request.branch().id();
        int year = request.year();
        List<PledgeView> views = pledges.views(branchId, year, request.asOf());
        List<Column> columns = List.of(
                Column.center("序号", 0.55f), Column.center("承诺人", 1.0f), Column.center("类别", 1.1f),
                Column.of("承诺事项", 3.6f), Column.center("完成时限", 1.05f), Column.center("公示日期", 1.05f),
                Column.of("进展", 3.0f), Column.of("述诺", 1.6f), Column.of("评诺结果", 1.6f),
                Column.center("满意度", 0.8f), Column.center("状态", 0.8f));
        List<List<String>> rows = new ArrayList<>();
        for (PledgeView v : views) {
            Pledge p = v.pledge();
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), who(v), p.category().label(), terms(p),
                    date(p.deadline()), date(p.publishedOn()),
                    v.progress().stream().map(PledgeProgress::line).collect(Collectors.joining("\n")),
                    reportCell(p), verdictCell(p), Satisfaction.format(p.satisfactionTenths()), v.status().label()));
        }
        Map<PledgeStatus, Long> counts = views.stream()
                .collect(Collectors.groupingBy(PledgeView::status, Collectors.counting()));
        long ofBranch = views.stream().filter(v -> v.pledge().ofBranch()).count();
        String tally = "共 " + views.size() + " 项(支部 " + ofBranch + " 项，党员 " + (views.size() - ofBranch) + " 项)："
                + Arrays.stream(PledgeStatus.values()).map(s -> s.label() + " " + counts.getOrDefault(s, 0L))
                        .collect(Collectors.joining("，")) + "。状态按 " + request.asOf() + " 计。";

        List<Column> commentColumns = List.of(Column.center("日期", 1.1f), Column.center("点评人", 1.4f),
                Column.of("点评内容", 9f));
        List<List<String>> commentRows = new ArrayList<>();
        for (LeaderComment c : pledges.comments(branchId)) {
            if (c.commentedOn().getYear() == year) {
                commentRows.add(0, Arrays.asList(date(c.commentedOn()), c.commenter(), c.comment()));
            }
        }
        Map<Long, String> names = new HashMap<>();
        for (Member m : roster.members(branchId)) {
            names.put(m.id(), m.name());
        }
        List<Column> activityColumns = List.of(Column.center("序号", 0.55f), Column.center("日期", 1.1f),
                Column.center("姓名", 1.0f), Column.of("活动内容", 3.2f), Column.of("具体贡献", 3.2f),
                Column.of("具体效果", 3.2f));
        List<List<String>> activityRows = new ArrayList<>();
        for (ActivityRecord a : pledges.activities(branchId, year)) {
            activityRows.add(Arrays.asList(String.valueOf(activityRows.size() + 1), date(a.doneOn()),
                    names.getOrDefault(a.memberId(), ""), a.activity(), nz(a.contribution()), nz(a.effect())));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new TableSection(null, columns, rows));
        sections.add(new TextSection(List.of(tally)));
        sections.add(new TableSection("领导点评", commentColumns, commentRows));
        sections.add(new TableSection("活动记实", activityColumns, activityRows));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(year),
                Orientation.LANDSCAPE, sections, null);
    }

    private static String who(PledgeView v) {
        Pledge p = v.pledge();
        String post = p.post() == null ? "" : "\n(" + p.post() + ")";
        return v.who() + post;
    }

    private static String terms(Pledge p) {
        StringBuilder s = new StringBuilder(p.content());
        if (p.measures() != null) {
            s.append("\n措施：").append(p.measures());
        }
        if (p.responsible() != null) {
            s.append("\n责任人：").append(p.responsible());
        }
        if (p.approvedOn() != null) {
            s.append("\n审诺：").append(p.approvedOn())
                    .append(p.approvedMeeting() == null ? "" : " " + p.approvedMeeting());
        }
        return s.toString();
    }

    private static String reportCell(Pledge p) {
        if (p.reportedOn() == null) {
            return "";
        }
        return p.reportedOn() + (p.report() == null ? "" : "\n" + p.report());
    }

    private static String verdictCell(Pledge p) {
        if (p.verdict() == null) {
            return "";
        }
        String s = p.verdict().label() + "(" + p.evaluatedOn() + ")";
        if (p.explanation() != null) {
            s += "\n说明：" + p.explanation();
        }
        return s;
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
