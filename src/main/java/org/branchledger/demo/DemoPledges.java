package org.branchledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.branchledger.pledge.ActivityRecord;
import org.branchledger.pledge.LeaderComment;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeCategory;
import org.branchledger.pledge.PledgeProgress;
import org.branchledger.pledge.Verdict;
import org.branchledger.roster.Member;

/**
 * A year of public pledges for the demo branch: ten branch pledges against the 五个好 and two to five
 * pledges for a sample of members against the 五带头, in every state: some not yet published, some under
 * way, some overdue, most kept, a few partly or not kept and explained. Approved at a 支部党员大会 in
 * February, published a few days later, with progress entries, reports and verdicts. Two leaders' comments
 * (the last more than half a year ago, so 首页 flags it) and activity records of the members who pledged.
 *
 * <p>Deterministic for a given seed and day. Not thread-safe.
 */
final class DemoPledges {
    /** What a generated pledge brings with it. */
    record Made(Pledge pledge, List<PledgeProgress> progress) {
    }

    private enum Target { UNPUBLISHED, IN_PROGRESS, OVERDUE, KEPT, PARTLY_KEPT, NOT_KEPT }

    private static final Target[] BRANCH_TARGETS = {Target.KEPT, Target.KEPT, Target.PARTLY_KEPT, Target.NOT_KEPT,
        Target.OVERDUE, Target.IN_PROGRESS, Target.IN_PROGRESS, Target.UNPUBLISHED, Target.KEPT, Target.OVERDUE};

    private static final String[][] BRANCH = {
        {"领导班子好", "每月召开一次支委会，全年完成 12 次支委会记录", "书记每月初拟定议题，会后一周内整理记录归档", "organisation"},
        {"领导班子好", "班子成员每人每月走访联系户不少于 5 户，年底前完成全村走访", "建立走访台账，走访情况在支委会上通报", "secretary"},
        {"党员队伍好", "全年培养入党积极分子 2 名，发展党员 1 名", "确定培养联系人，每季度考察一次", "organisation"},
        {"党员队伍好", "为 6 名流动党员建立联系卡，每月联系一次，送学上门", "微信群推送学习材料，春节返乡时集中学习", "propaganda"},
        {"工作机制好", "落实“四议两公开”，重大事项全部提交党员大会审议并公开", "设立公开栏，每季度公开一次", "deputy"},
        {"工作机制好", "建立党员积分管理制度，每季度公示一次积分", "制定积分细则，支委会每季度评定", "organisation"},
        {"工作业绩好", "硬化村内道路 1.2 公里，年底前完成验收", "争取县交通局项目资金，党员带头义务投工", "secretary"},
        {"工作业绩好", "村集体经济收入增加 5 万元", "盘活闲置村部用房出租，发展光伏发电项目", "secretary"},
        {"群众反映好", "为全村 60 岁以上老人代办医保缴费，做到应缴尽缴", "网格员入户登记，党员代办", "deputy"},
        {"群众反映好", "矛盾纠纷化解率达到 95% 以上，做到小事不出村", "设立调解室，每周四集中接待", "propaganda"}};

    private static final String[][] MEMBER = {
        {"带头学习提高", "全年撰写学习心得 2 篇，参加集中学习不少于 12 次", "政策宣传岗"},
        {"带头学习提高", "每天登录学习强国学习，年积分达到 10000 分", "政策宣传岗"},
        {"带头争创佳绩", "带动 5 户村民发展大棚蔬菜种植", "致富带头岗"},
        {"带头争创佳绩", "指导 3 户养殖户科学防疫，减少病死率", "致富带头岗"},
        {"带头服务群众", "每月走访联系的 3 户困难群众，帮助解决实际困难", "关爱帮扶岗"},
        {"带头服务群众", "为留守老人代办事项不少于 10 件", "关爱帮扶岗"},
        {"带头遵纪守法", "协助村调委会化解邻里纠纷 3 起", "矛盾纠纷调解岗"},
        {"带头遵纪守法", "带头开展移风易俗宣传，劝导 5 户红白事简办", "文明新风岗"},
        {"带头弘扬正气", "参加志愿服务不少于 6 次，清理河道垃圾", "环境卫生监督岗"},
        {"带头弘扬正气", "参加夜间治安巡逻每月 2 次", "治安巡逻岗"},
        {"带头弘扬正气", "做一名合格党员", "文明新风岗"}};

    private static final String[] PROGRESS = {"已制定计划，落实到人", "已完成约三成", "完成过半", "已基本完成，待验收",
        "遇雨季暂停，已调整计划", "已完成阶段任务，群众反映较好"};
    private static final String[] EXPLAIN = {"因上级项目资金未到位，部分工程顺延至明年，已在党员大会上说明",
        "本人外出务工时间较长，未能按期完成，已向群众说明并调整承诺", "受天气影响工期延误，已公开说明原因"};

    private final Random random;
    private final int year;
    private final LocalDate lastDay;

    /** @param lastDay the last day anything may have happened: yesterday in the current year, else 31 December */
    DemoPledges(long seed, int year, LocalDate lastDay) {
        this.random = new Random(seed * 31 + 29);
        this.year = year;
        this.lastDay = lastDay;
    }

    /** The branch's ten pledges and the members' pledges, not yet stored (progress without pledge ids). */
    List<Made> pledges(long branchId, List<Member> members, DemoStudy.Leaders leaders) {
        List<Made> out = new ArrayList<>();
        for (int i = 0; i < BRANCH.length; i++) {
            String[] b = BRANCH[i];
            String responsible = switch (b[3]) {
                case "secretary" -> leaders.secretary();
                case "deputy" -> leaders.deputy();
                case "organisation" -> leaders.organisation();
                default -> leaders.propaganda();
            };
            out.add(make(Pledge.draft(branchId, null, PledgeCategory.ofLabel(b[0]), null, b[1], b[2], responsible,
                    null, null), BRANCH_TARGETS[i]));
        }
        for (Member m : sample(members)) {
            int n = 2 + random.nextInt(4);
            List<Integer> picks = new ArrayList<>();
            while (picks.size() < n) {
                int k = random.nextInt(MEMBER.length);
                if (!picks.contains(k)) {
                    picks.add(k);
                }
            }
            for (int k : picks) {
                String[] t = MEMBER[k];
                out.add(make(Pledge.draft(branchId, m.id(), PledgeCategory.ofLabel(t[0]), t[2], t[1], null,
                        m.name(), null, null), memberTarget()));
            }
        }
        return out;
    }

    /** About a third of the current members who are in touch, at most twelve, in roster order. */
    private List<Member> sample(List<Member> members) {
        List<Member> out = new ArrayList<>();
        List<Member> eligible = members.stream().filter(m -> m.current() && !m.lostContact()).toList();
        int want = Math.min(12, Math.max(1, eligible.size() / 3));
        for (int i = 0; i < eligible.size() && out.size() < want; i += 3) {
            out.add(eligible.get(i));
        }
        return out;
    }

    private Target memberTarget() {
        int r = random.nextInt(100);
        return r < 10 ? Target.UNPUBLISHED : r < 30 ? Target.IN_PROGRESS : r < 36 ? Target.OVERDUE
                : r < 80 ? Target.KEPT : r < 92 ? Target.PARTLY_KEPT : Target.NOT_KEPT;
    }

    /** The pledge taken through its steps as far as its target state and {@link #lastDay} allow. */
    private Made make(Pledge draft, Target target) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate pledged = yearStart.plusDays(25 + random.nextInt(15));
        LocalDate approved = pledged.plusDays(3 + random.nextInt(6));
        LocalDate published = approved.plusDays(1 + random.nextInt(4));
        boolean future = target == Target.UNPUBLISHED || target == Target.IN_PROGRESS;
        LocalDate pastEnd = lastDay.minusDays(15);
        LocalDate deadline;
        if (!future && pastEnd.isAfter(published.plusDays(30))) {
            deadline = between(published.plusDays(30), pastEnd);
        } else if (lastDay.isBefore(yearEnd)) {
            deadline = between(lastDay.plusDays(1), yearEnd);
        } else {
            deadline = yearEnd;
        }
        LocalDate monthEnd = deadline.withDayOfMonth(deadline.lengthOfMonth()); // 时限 are usually a month's end
        if (future || !monthEnd.isAfter(pastEnd)) {
            deadline = monthEnd;
        }
        Pledge p = draft.withTerms(draft.memberId(), draft.category(), draft.post(), draft.content(), draft.measures(),
                draft.responsible(), deadline, pledged);
        List<PledgeProgress> progress = new ArrayList<>();
        if (pledged.isAfter(lastDay)) {
            return new Made(p.withTerms(p.memberId(), p.category(), p.post(), p.content(), p.measures(),
                    p.responsible(), p.deadline(), null), progress);
        }
        if (approved.isAfter(lastDay)) {
            return new Made(p, progress);
        }
        p = p.approved(approved, year + "年" + approved.getMonthValue() + "月支部党员大会");
        if (target == Target.UNPUBLISHED || published.isAfter(lastDay)) {
            return new Made(p, progress);
        }
        p = p.published(published);
        LocalDate progressEnd = deadline.isBefore(lastDay) ? deadline : lastDay;
        int entries = 1 + random.nextInt(3);
        for (int i = 0; i < entries; i++) {
            LocalDate on = between(published.plusDays(1), progressEnd);
            if (!on.isAfter(published)) {
                break;
            }
            progress.add(new PledgeProgress(null, 0, on, PROGRESS[Math.min(PROGRESS.length - 1,
                    i * 2 + random.nextInt(2))]));
        }
        progress.sort((a, b) -> a.notedOn().compareTo(b.notedOn()));
        if (future || target == Target.OVERDUE) {
            return new Made(p, progress);
        }
        LocalDate reported = deadline.plusDays(3 + random.nextInt(8));
        LocalDate evaluated = reported.plusDays(1 + random.nextInt(5));
        if (evaluated.isAfter(lastDay)) {
            return new Made(p, progress); // the deadline has just passed: not yet evaluated, so overdue
        }
        p = p.reported(reported, "在" + reported.getMonthValue() + "月主题党日上报告践诺情况");
        Verdict v = switch (target) {
            case PARTLY_KEPT -> Verdict.PARTLY_KEPT;
            case NOT_KEPT -> Verdict.NOT_KEPT;
            default -> Verdict.KEPT;
        };
        Integer satisfaction = random.nextInt(100) < 20 ? null : switch (v) {
            case KEPT -> 880 + random.nextInt(121);
            case PARTLY_KEPT -> 650 + random.nextInt(200);
            case NOT_KEPT -> 400 + random.nextInt(200);
        };
        p = p.evaluated(v, evaluated, satisfaction);
        if (v.needsExplanation()) {
            LocalDate explained = evaluated.plusDays(2);
            if (!explained.isAfter(lastDay)) {
                p = p.explained(explained, EXPLAIN[random.nextInt(EXPLAIN.length)]);
            }
        }
        return new Made(p, progress);
    }

    /** The leaders' comments of the year: 镇党委 leaders twice, the last one more than half a year ago. */
    List<LeaderComment> comments(long branchId) {
        List<LeaderComment> out = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 3, 20);
        LocalDate second = LocalDate.of(year, 5, 8);
        if (!first.isAfter(lastDay)) {
            out.add(new LeaderComment(null, branchId, first, "镇党委副书记 张建国",
                    "承诺事项贴近群众需求，但个别党员承诺较笼统，要写明做什么、做多少、何时完成。"));
        }
        if (!second.isAfter(lastDay)) {
            out.add(new LeaderComment(null, branchId, second, "镇党委书记 刘志强",
                    "道路硬化进展较慢，要倒排工期；流动党员联系卡做法好，要坚持下去。"));
        }
        return out;
    }

    private static final String[][] ACTIVITIES = {
        {"参加村环境整治义务劳动", "清运垃圾两车，清理沟渠 200 米", "村道整洁，群众满意"},
        {"走访慰问困难群众", "送去米面油，帮助联系医疗救助", "解决了看病难的实际问题"},
        {"参加夜间治安巡逻", "巡逻 3 小时，劝离可疑人员 1 人", "村内未发生盗窃案件"},
        {"宣讲中央一号文件精神", "为 30 余名村民讲解惠农政策", "群众了解了补贴政策"},
        {"协助调解邻里纠纷", "上门做双方工作三次", "纠纷化解，双方签订协议"}};

    /** One to three dated activity records for each member who pledged. */
    List<ActivityRecord> activities(long branchId, List<Member> pledged) {
        List<ActivityRecord> out = new ArrayList<>();
        LocalDate from = LocalDate.of(year, 3, 1);
        if (from.isAfter(lastDay)) {
            return out;
        }
        for (Member m : pledged) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String[] a = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
                out.add(new ActivityRecord(null, branchId, m.id(), between(from, lastDay), a[0], a[1], a[2]));
            }
        }
        out.sort((a, b) -> a.doneOn().compareTo(b.doneOn()));
        return out;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }
}
