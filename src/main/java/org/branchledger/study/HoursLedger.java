package org.branchledger.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * 党员学时统计表 (DOMAIN.md §2, §6): every current member's centralised and self-study hours against the
 * year's rule, judged exactly as {@link HoursRule} does, what is still missing in words and the required
 * topics not yet covered; the rule and the counts at the foot.
 */
public final class HoursLedger implements LedgerKind {
    private final StudyService study;
    private final RosterService roster;

    public HoursLedger(StudyService study, RosterService roster) {
        this.study = study;
        this.roster = roster;
    }

    @Override
    public String name() {
        return "hours";
    }

    @Override
    public String title() {
        return "党员学时统计表";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        long branchId = request.branch().id();
        StudySettings rule = study.settings(branchId, request.year());
        String share = rule.centralisedNumerator() == 2 && rule.centralisedDenominator() == 3 ? "⅔"
                : rule.centralisedNumerator() + "/" + rule.centralisedDenominator();
        List<Column> columns = List.of(
                new Column("序号", 0.6f, Align.CENTER), new Column("姓名", 1.2f, Align.CENTER),
                new Column("集中学时", 0.9f, Align.CENTER), new Column("自学学时", 0.9f, Align.CENTER),
                new Column("合计", 0.8f, Align.CENTER), new Column("要求学时", 0.9f, Align.CENTER),
                new Column("集中学习是否达" + share, 1.2f, Align.CENTER), new Column("是否达标", 0.9f, Align.CENTER),
                new Column("还差", 2.6f, Align.LEFT), new Column("未学专题", 3.4f, Align.LEFT));
        List<MemberHours> hours = study.hours(branchId, request.year());
        List<List<String>> rows = new ArrayList<>();
        int compliant = 0;
        int shareShort = 0;
        List<String> floating = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (MemberHours h : hours) {
            HoursRule.Standing s = h.standing();
            Member m = h.member();
            if (s.compliant()) {
                compliant++;
            }
            if (!s.centralisedEnough()) {
                shareShort++;
            }
            if (m.lostContact()) {
                lost.add(m.name());
            } else if (m.floating()) {
                floating.add(m.name());
            }
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), m.name(), Hours.format(s.centralised()),
                    Hours.format(s.self()), Hours.format(s.total()), Hours.format(s.required()),
                    s.centralisedEnough() ? "是" : "否", s.compliant() ? "是" : "否",
                    s.compliant() ? "" : s.missingInWords(), String.join("、", h.topicsMissing())));
        }
        List<String> foot = new ArrayList<>();
        int neededShare = HoursRule.centralisedNeeded(rule.requiredTenths(), rule.centralisedNumerator(),
                rule.centralisedDenominator());
        foot.add(request.year() + "年度要求：每名党员全年学习不少于 " + Hours.format(rule.requiredTenths())
                + " 学时，其中集中学习不少于 " + rule.centralisedNumerator() + "/" + rule.centralisedDenominator()
                + "(" + Hours.format(neededShare) + " 学时)"
                + (rule.committeeRequiredTenths() == null ? ""
                        : "；支部委员不少于 " + Hours.format(rule.committeeRequiredTenths()) + " 学时")
                + "。自学学时计入合计，不计入集中学习。");
        foot.add("达标 " + compliant + " 人 / 共 " + hours.size() + " 人；未达标 " + (hours.size() - compliant)
                + " 人，其中集中学习不足 " + rule.centralisedNumerator() + "/" + rule.centralisedDenominator() + " 的 "
                + shareShort + " 人。");
        if (!floating.isEmpty() || !lost.isEmpty()) {
            foot.add("流动党员 " + floating.size() + " 人"
                    + (floating.isEmpty() ? "" : "(" + String.join("、", floating) + ")")
                    + "，失联党员 " + lost.size() + " 人" + (lost.isEmpty() ? "" : "(" + String.join("、", lost) + ")")
                    + "，均在册并计入人数。");
        }
        foot.add("必学专题：" + String.join("、", rule.topics()) + "。");
        List<Section> sections = List.of(new TableSection(null, columns, rows), new TextSection(foot));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }
}
