package org.branchledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.branchledger.appraisal.AppraisalEntry;
import org.branchledger.appraisal.AppraisalGrade;
import org.branchledger.appraisal.AppraisalRepository;
import org.branchledger.appraisal.AppraisalRound;
import org.branchledger.appraisal.AppraisalRule;
import org.branchledger.appraisal.Rectification;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberType;
import org.jooq.DSLContext;

/**
 * A finished democratic appraisal for the demo year, shaped like a village branch's: the members present vote
 * (those working away and the one out of touch do not), the committee members and leading cadres get many 优秀
 * votes, most members 合格; the member out of touch gets mostly 基本合格. Fourteen 群众代表 rate each member;
 * one ordinary member's satisfaction falls below 60 %, so a 整改事项 is registered (closed a few weeks later
 * when the year allows) and the committee grades him 基本合格 with a reason. Where more members got most
 * votes for 优秀 than ⅓ allows, the committee grades the extra ones 合格 and says why. 预备党员 take part
 * without a grade.
 *
 * <p>Deterministic for a given seed and day.
 */
final class DemoAppraisal {
    static final int MASS_RATERS = 14;
    static final String CAP_REASON = "优秀等次不超过参评正式党员的三分之一，经支委会研究评定为合格";
    static final String LOW_REASON = "群众满意度偏低，经支委会研究评定为基本合格，限期整改";

    private static final String[] SELF_LEADER = {
        "认真履行岗位职责，带头学习党的创新理论，带领群众发展集体经济，服务群众有实效；不足是工作方法有时简单。",
        "按时参加组织生活，带头落实“三会一课”，牵头为群众办实事；对政策学习还不够深入，今后要加强。",
        "能够带头遵纪守法、弘扬正气，积极参与村务管理和矛盾调解；联系群众还不够经常。"};
    private static final String[] SELF_MEMBER = {
        "按时参加组织生活和学习，按期交纳党费，能完成支部交办的任务；发挥先锋模范作用还不够。",
        "积极参加主题党日活动，带头参加村里的环境整治和志愿服务；理论学习主动性有待提高。",
        "遵守党的纪律，关心集体，能帮助邻里解决困难；对新知识学习不够，今后加强。",
        "认真学习党章党规，积极参加乡村振兴各项工作；在带动群众致富方面还有差距。"};
    private static final String[] SELF_ELDER = {
        "年事已高，坚持收听收看学习内容，关心支部和村里发展，教育子女听党话、跟党走。"};
    private static final String SELF_AWAY = "在外务工，通过微信群参加学习，按时交纳党费；参加支部活动较少。";

    private final Random random;
    private final int year;
    private final LocalDate lastDay;
    private final LocalDate today;

    /**
     * @param lastDay the last day of the year's activities: yesterday in the current year, else 31 December
     * @param today   the real day: a 整改事项 is closed only when its closing day has passed
     */
    DemoAppraisal(long seed, int year, LocalDate lastDay, LocalDate today) {
        this.random = new Random(seed * 17 + 5);
        this.year = year;
        this.lastDay = lastDay;
        this.today = today;
    }

    /** Writes the round, its records and its 整改事项; nothing when the year has hardly begun. */
    void write(DSLContext tx, AppraisalRepository repo, long branchId, List<Member> roster) {
        LocalDate ended = lastDay.getYear() > year || lastDay.isAfter(LocalDate.of(year, 12, 23))
                ? LocalDate.of(year, 12, 20) : lastDay.minusDays(3);
        LocalDate started = ended.minusDays(12);
        if (started.getYear() != year) {
            return;
        }
        AppraisalRound round = repo.saveRound(tx, new AppraisalRound(null, branchId, year, started, ended,
                ended.plusDays(1), ended.plusDays(7), AppraisalRule.Thresholds.DEFAULT));
        List<Member> participants = roster.stream().filter(Member::current).toList();
        int voters = (int) participants.stream().filter(m -> !m.floating() && !m.lostContact()).count();
        Member low = participants.stream().filter(m -> !m.committeeMember() && !m.leadingCadre() && m.canWrite()
                && !m.floating() && !m.lostContact() && m.type() == MemberType.FULL).skip(2).findFirst().orElse(null);

        record Draft(Member member, AppraisalRule.Tally votes, AppraisalRule.Mass mass, String five, String self) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (Member m : participants) {
            boolean leader = m.committeeMember() || m.leadingCadre();
            boolean prob = m.type() == MemberType.PROBATIONARY;
            AppraisalRule.Tally votes = prob ? AppraisalRule.Tally.NONE
                    : m.lostContact() ? spread(voters, 0, 0.25, 0.65)
                    : leader ? spread(voters, 0.55 + 0.3 * random.nextDouble(), 0.95 + 0.05 * random.nextDouble(), 1)
                    : m == low ? spread(voters, 0.0, 0.7, 0.95)
                    : spread(voters, 0.08 + 0.3 * random.nextDouble(), 0.9 + 0.1 * random.nextDouble(), 1);
            AppraisalRule.Mass mass = m == low ? new AppraisalRule.Mass(3, 4, MASS_RATERS - 7)
                    : m.lostContact() ? new AppraisalRule.Mass(3, 6, MASS_RATERS - 9) : mass(leader);
            String five = m == low || m.lostContact() ? "一般" : leader ? "好" : random.nextInt(4) == 0 ? "好" : "较好";
            String self = m.lostContact() ? null : !m.canWrite() ? SELF_ELDER[0] : m.floating() ? SELF_AWAY
                    : leader ? SELF_LEADER[random.nextInt(SELF_LEADER.length)]
                    : SELF_MEMBER[random.nextInt(SELF_MEMBER.length)];
            drafts.add(new Draft(m, votes, mass, five, self));
        }
        int graded = (int) drafts.stream().filter(d -> d.member().type() == MemberType.FULL).count();
        int allowed = AppraisalRule.excellentAllowed(graded, AppraisalRule.Thresholds.DEFAULT);
        List<Long> excellent = drafts.stream().filter(d -> d.member().type() == MemberType.FULL)
                .filter(d -> AppraisalRule.judge(false, d.votes(), d.mass(), AppraisalRule.Thresholds.DEFAULT).grade()
                        == AppraisalGrade.EXCELLENT)
                .sorted(Comparator.comparingInt((Draft d) -> -d.votes().excellent()))
                .limit(allowed).map(d -> d.member().id()).toList();
        for (Draft d : drafts) {
            boolean prob = d.member().type() == MemberType.PROBATIONARY;
            AppraisalRule.Judgement j = AppraisalRule.judge(prob, d.votes(), d.mass(), AppraisalRule.Thresholds.DEFAULT);
            AppraisalGrade grade = prob ? null : j.grade() == null ? AppraisalGrade.QUALIFIED : j.grade();
            String reason = j.grade() == null && !prob ? "票数持平，经支委会研究评定为合格" : null;
            if (grade == AppraisalGrade.EXCELLENT && !excellent.contains(d.member().id())) {
                grade = AppraisalGrade.QUALIFIED;
                reason = CAP_REASON;
            }
            if (d.member() == low) {
                grade = AppraisalGrade.BASIC;
                reason = j.grade() == AppraisalGrade.BASIC ? null : LOW_REASON;
            }
            repo.saveEntry(tx, branchId, new AppraisalEntry(null, round.id(), d.member().id(), d.self(), d.votes(),
                    d.mass(), d.five(), grade, reason));
            if (j.lowSatisfaction()) {
                LocalDate closeBy = ended.plusDays(25);
                boolean closed = closeBy.isBefore(today);
                repo.insertRectification(tx, branchId, new Rectification(null, round.id(), d.member().id(), ended,
                        "群众评议满意度 " + d.mass().satisfactionText() + "，低于 60%，群众反映参加集体活动少、"
                                + "对邻里纠纷不够热心，需深入分析原因、整改提高",
                        closed ? closeBy : null,
                        closed ? "支部书记两次谈心谈话，本人作出书面整改承诺；主动参加村道保洁和调解邻里纠纷，"
                                + "回访群众代表 6 人均表示满意" : null));
            }
        }
    }

    /**
     * Votes of {@code n} voters: a share {@code excellent} for 优秀, the rest 合格 up to {@code qualifiedTo},
     * then 基本合格 up to {@code basicTo}, then 不合格 (shares of all voters, cumulative).
     */
    private AppraisalRule.Tally spread(int n, double excellent, double qualifiedTo, double basicTo) {
        int e = (int) Math.round(n * excellent);
        int q = Math.max(0, (int) Math.round(n * qualifiedTo) - e);
        int b = Math.max(0, (int) Math.round(n * basicTo) - e - q);
        int f = Math.max(0, n - e - q - b);
        return new AppraisalRule.Tally(e, q, b, f);
    }

    private AppraisalRule.Mass mass(boolean leader) {
        int unsatisfied = random.nextInt(leader ? 2 : 3);
        int basic = 1 + random.nextInt(leader ? 3 : 5);
        return new AppraisalRule.Mass(MASS_RATERS - basic - unsatisfied, basic, unsatisfied);
    }
}
