package org.branchledger.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.branchledger.roster.Member;
import org.branchledger.study.Attendance;
import org.branchledger.study.AttendanceStatus;
import org.branchledger.study.SelfStudy;
import org.branchledger.study.SessionKind;
import org.branchledger.study.StudySession;
import org.branchledger.study.StudySettings;

/**
 * A year of study for the demo branch, shaped like a real village branch's: 支委会 and 主题党日 every month
 * (except the 支委会 of one busy month, so the 三会一课 record shows a gap), 支部党员大会 and 党课 every
 * quarter, 党小组会 monthly as far as the number of sessions allows, 集中学习 and 专题讨论 on the 四加一
 * topics, then further sessions. Most members come; some ask for leave or stay away, a few make it up a
 * week later, 流动党员 are mostly on leave and study online, the one out of touch never comes, and old
 * members who cannot write get the lesson taken home (送课上门). Many members add self-study. So some
 * members reach the year's hours and some fall short.
 *
 * <p>Deterministic for a given seed and day. Not thread-safe.
 */
final class DemoStudy {
    /** The branch's own topic, the "one" of 四加一. */
    static final String BRANCH_TOPIC = "乡村振兴与集体经济发展";
    /** The month whose 支委会 was not held (harvest), when that month is over. */
    static final int MONTH_WITHOUT_COMMITTEE = 7;

    private static final String PLACE = "村党员活动室";
    private static final String[] THEME_DAYS = {
        "新春走访慰问困难党员和群众", "重温入党誓词，学习党章", "学雷锋志愿服务活动", "清明祭扫革命烈士陵园",
        "人居环境整治义务劳动", "安全生产和防汛知识学习", "庆祝建党节，重温入党誓词", "“八一”走访慰问退役军人",
        "秋收助农志愿服务", "重阳节敬老爱老活动", "宪法和法律知识学习", "年终工作总结，党员积分评定"};
    private static final String[] THEME_DAY_PLACES = {
        "困难党员家中", PLACE, "村党群服务中心", "县革命烈士陵园", "村道和河塘沿线", PLACE, PLACE, "退役军人家中",
        "村合作社", "村敬老院", "村党群服务中心", PLACE};
    private static final String[] COMMITTEE_TOPICS = {
        "研究部署本月党建重点工作", "研究发展党员和党费收缴工作", "研究村级重大事项(四议两公开)",
        "研究学习教育活动安排", "研究人居环境整治和防汛工作", "研究困难群众帮扶事项"};
    private static final String[] GROUP_TOPICS = {
        "传达学习支部会议精神", "学习上级党委文件", "交流学习心得，开展批评和自我批评", "讨论村民反映的问题"};
    private static final String[] GENERAL_TOPICS = {
        "通报年度工作计划，讨论确定发展对象", "讨论接收预备党员，审议村级重大事项",
        "半年工作总结，通报党费收缴情况", "讨论预备党员转正，推选优秀共产党员"};
    private static final String[] STUDY_TOPICS = {
        "学习《中国共产党章程》", "学习《中国共产党农村基层组织工作条例》", "学习《中国共产党纪律处分条例》",
        "学习习近平总书记关于“三农”工作的重要论述", "学习中央一号文件精神", "学习《党员教育管理工作条例》",
        "观看警示教育片并交流", "学习党的二十大报告", "学习《习近平谈治国理政》选篇", "学习上级党委全会精神"};
    private static final String[] SEMINAR_TOPICS = {
        "专题讨论：党员如何在产业发展中带头", "专题讨论：移风易俗从党员做起", "专题讨论：如何办好群众身边小事"};
    private static final String[] VISITS = {
        "参观县革命历史纪念馆", "参观乡村振兴示范村", "参观廉政教育基地"};
    private static final String[] VISIT_PLACES = {"县革命历史纪念馆", "邻镇乡村振兴示范村", "县廉政教育基地"};
    private static final String[] MAKEUP_HOW = {"观看会议录像补学", "支部书记个别补课", "补学会议材料并交流"};
    private static final String[] ONLINE_MAKEUP = {"通过微信群线上补学", "学习强国平台线上补学"};
    private static final String[] SELF_STUDY = {
        "学习强国平台学习", "阅读《习近平谈治国理政》", "自学《中国共产党章程》", "收看新闻联播时政新闻",
        "阅读《人民日报》评论文章", "自学《党员教育管理工作条例》", "阅读《求是》杂志文章", "收看党员远程教育节目"};

    /** Who leads meetings: the committee's names by post, the secretary standing in for a post left empty. */
    record Leaders(String secretary, String deputy, String organisation, String propaganda) {
        static Leaders of(List<Member> members) {
            String secretary = post(members, "书记", members.isEmpty() ? "" : members.get(0).name());
            return new Leaders(secretary, post(members, "副书记", secretary), post(members, "组织委员", secretary),
                    post(members, "宣传委员", secretary));
        }

        private static String post(List<Member> members, String post, String fallback) {
            return members.stream().filter(m -> post.equals(m.committeePost())).map(Member::name).findFirst()
                    .orElse(fallback);
        }
    }

    private record Slot(SessionKind kind, int month, int fromDay, int toDay, String topic, int hours, String place,
                        String speaker) {
    }

    private final Random random;
    private final int year;
    private final LocalDate lastDay;

    /**
     * @param lastDay the last day sessions may have been held: yesterday in the current year, else 31 December
     */
    DemoStudy(long seed, int year, LocalDate lastDay) {
        this.random = new Random(seed * 31 + 7);
        this.year = year;
        this.lastDay = lastDay;
    }

    /** The year's settings: the default rule with the 四加一 topics, the branch's own included. */
    static StudySettings settings() {
        StudySettings d = StudySettings.defaults();
        List<String> topics = new ArrayList<>(StudySettings.FOUR_PLUS_ONE);
        topics.add(BRANCH_TOPIC);
        return new StudySettings(d.requiredTenths(), d.centralisedNumerator(), d.centralisedDenominator(),
                d.committeeRequiredTenths(), topics);
    }

    /** The months sessions can fall in: those begun by {@link #lastDay}. */
    private int lastMonth() {
        if (lastDay.getYear() < year) {
            return 0;
        }
        return lastDay.getYear() > year ? 12 : lastDay.getMonthValue();
    }

    /** {@code count} sessions (not yet stored) in date order. */
    List<StudySession> sessions(long branchId, int count, Leaders leaders) {
        int months = lastMonth();
        if (months == 0 || count <= 0) {
            return List.of();
        }
        List<Slot> cadence = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            if (m != MONTH_WITHOUT_COMMITTEE) {
                cadence.add(new Slot(SessionKind.COMMITTEE_MEETING, m, 2, 8,
                        COMMITTEE_TOPICS[(m - 1) % COMMITTEE_TOPICS.length], 10, PLACE,
                        leaders.secretary()));
            }
            cadence.add(new Slot(SessionKind.THEME_DAY, m, 10, 10, THEME_DAYS[m - 1], pick(15, 20, 20),
                    THEME_DAY_PLACES[m - 1], leaders.deputy()));
        }
        for (int q = 1; q <= 4; q++) {
            int first = 3 * q - 2;
            if (first > months) {
                break;
            }
            int span = Math.min(3, months - first + 1);
            cadence.add(new Slot(SessionKind.GENERAL_MEETING, first + random.nextInt(span), 20, 28,
                    GENERAL_TOPICS[q - 1], 15, PLACE, leaders.secretary()));
            cadence.add(new Slot(SessionKind.PARTY_LECTURE, first + random.nextInt(span), 15, 25,
                    (q % 2 == 1 ? "书记讲党课：" : "党课：") + StudySettings.FOUR_PLUS_ONE.get(q - 1), pick(15, 20),
                    PLACE, q % 2 == 1 ? leaders.secretary() : leaders.organisation()));
        }
        cadence.add(new Slot(SessionKind.LIFE_MEETING, 1, 15, 25, (year - 1) + "年度组织生活会暨民主评议党员", 25,
                PLACE, leaders.secretary()));

        List<Slot> topics = new ArrayList<>();
        List<String> required = settings().topics();
        for (int i = 0; i < required.size(); i++) {
            int month = 1 + (i * months + months / 2) / required.size();
            boolean own = i == required.size() - 1;
            topics.add(new Slot(own ? SessionKind.SEMINAR : SessionKind.STUDY, month, 5, 25,
                    (own ? "专题讨论：" : "专题学习：") + required.get(i), own ? 15 : pick(15, 20, 25), PLACE,
                    leaders.propaganda()));
        }

        List<Slot> groups = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            groups.add(new Slot(SessionKind.GROUP_MEETING, m, 12, 20,
                    GROUP_TOPICS[(m - 1) % GROUP_TOPICS.length], 10, PLACE,
                    leaders.organisation()));
        }

        // The most needed first: the cadence, then the topics, then the 党小组会, then more study. Shuffled
        // within each tier, so a branch with fewer sessions drops them across the year, not in one season.
        Collections.shuffle(cadence, random);
        Collections.shuffle(topics, random);
        Collections.shuffle(groups, random);
        List<Slot> chosen = new ArrayList<>();
        for (List<Slot> tier : List.of(cadence, topics, groups)) {
            for (Slot s : tier) {
                if (chosen.size() < count) {
                    chosen.add(s);
                }
            }
        }
        int extra = 0;
        while (chosen.size() < count) {
            chosen.add(extraSlot(extra++, months, leaders));
        }

        List<StudySession> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Slot s : chosen) {
            LocalDate day = null;
            for (int attempt = 0; attempt < 40 && day == null; attempt++) {
                LocalDate candidate = day(s, attempt >= 20);
                if (taken.add(candidate + s.kind().label() + s.topic())) {
                    day = candidate;
                }
            }
            String topic = s.topic();
            if (day == null) { // so many sessions that every day of the month has this one: number it
                day = day(s, true);
                for (int n = 2; !taken.add(day + s.kind().label() + topic); n++) {
                    topic = s.topic() + "(" + n + ")";
                }
            }
            out.add(new StudySession(null, branchId, day, s.kind(), topic, s.hours(), s.place(), s.speaker()));
        }
        out.sort(Comparator.comparing(StudySession::heldOn).thenComparing(StudySession::kind));
        return out;
    }

    private Slot extraSlot(int n, int months, Leaders leaders) {
        int month = 1 + (n * 5 + 2) % months;
        int r = random.nextInt(20);
        if (r < 3) {
            int v = random.nextInt(VISITS.length);
            return new Slot(SessionKind.VISIT, month, 2, 28, VISITS[v], 30, VISIT_PLACES[v], leaders.secretary());
        }
        if (r < 8) {
            return new Slot(SessionKind.SEMINAR, month, 2, 28, SEMINAR_TOPICS[random.nextInt(SEMINAR_TOPICS.length)],
                    15, PLACE, leaders.propaganda());
        }
        return new Slot(SessionKind.STUDY, month, 2, 28, STUDY_TOPICS[random.nextInt(STUDY_TOPICS.length)],
                pick(15, 20, 20, 25), PLACE, leaders.propaganda());
    }

    /** A day of the slot's month, within its range (or anywhere in the month), never after {@link #lastDay}. */
    private LocalDate day(Slot s, boolean anyDay) {
        YearMonth ym = YearMonth.of(year, s.month());
        int max = ym.atEndOfMonth().isAfter(lastDay) ? lastDay.getDayOfMonth() : ym.lengthOfMonth();
        int from = anyDay ? 1 : Math.min(s.fromDay(), max);
        int to = anyDay ? max : Math.min(s.toDay(), max);
        return ym.atDay(from + random.nextInt(to - from + 1));
    }

    /** How one member takes part in the year's sessions. */
    private record Habit(double present, boolean away, boolean lost, boolean old) {
    }

    /** Attendance of every member at every stored session; members are asked only while on the roster. */
    List<Attendance> attendance(List<StudySession> sessions, List<Member> members) {
        List<Habit> habits = new ArrayList<>();
        for (Member m : members) {
            habits.add(habit(m));
        }
        List<Attendance> out = new ArrayList<>(sessions.size() * members.size());
        for (StudySession s : sessions) {
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (invited(m, s)) {
                    out.add(attendance(s, m, habits.get(i)));
                }
            }
        }
        return out;
    }

    private Habit habit(Member m) {
        boolean old = !m.canWrite();
        double present;
        if (m.committeeMember()) {
            present = 0.93 + random.nextDouble() * 0.07;
        } else {
            int r = random.nextInt(100);
            present = r < 62 ? 0.86 + random.nextDouble() * 0.12
                    : r < 86 ? 0.55 + random.nextDouble() * 0.25 : 0.2 + random.nextDouble() * 0.25;
        }
        return new Habit(present, m.floating(), m.lostContact(), old);
    }

    private static boolean invited(Member m, StudySession s) {
        if (s.kind() == SessionKind.COMMITTEE_MEETING && !m.committeeMember()) {
            return false;
        }
        if (m.joinedOn() != null && m.joinedOn().firstDay().isAfter(s.heldOn())) {
            return false;
        }
        return m.leftOn() == null || m.leftOn().firstDay().isAfter(s.heldOn());
    }

    private Attendance attendance(StudySession s, Member m, Habit h) {
        AttendanceStatus status;
        String[] makeupWays = MAKEUP_HOW;
        double makeupChance;
        if (h.lost()) {
            return new Attendance(null, s.id(), m.id(), AttendanceStatus.ABSENT, null, null);
        } else if (h.away()) {
            boolean springFestival = s.heldOn().getMonthValue() <= 2;
            status = random.nextDouble() < (springFestival ? 0.7 : 0.05) ? AttendanceStatus.PRESENT
                    : AttendanceStatus.LEAVE;
            makeupWays = ONLINE_MAKEUP;
            makeupChance = 0.15;
        } else if (h.old()) {
            double r = random.nextDouble();
            boolean worthTheWalk = s.kind() != SessionKind.GROUP_MEETING;
            status = r < 0.1 ? AttendanceStatus.PRESENT
                    : worthTheWalk && r < 0.75 ? AttendanceStatus.AT_HOME : AttendanceStatus.LEAVE;
            makeupChance = 0;
        } else {
            status = random.nextDouble() < h.present() ? AttendanceStatus.PRESENT
                    : random.nextInt(100) < 65 ? AttendanceStatus.LEAVE : AttendanceStatus.ABSENT;
            makeupChance = status == AttendanceStatus.LEAVE ? 0.35 : 0.2;
        }
        if (status != AttendanceStatus.PRESENT && status != AttendanceStatus.AT_HOME
                && random.nextDouble() < makeupChance) {
            LocalDate on = s.heldOn().plusWeeks(1);
            if (!on.isAfter(lastDay)) {
                return new Attendance(null, s.id(), m.id(), AttendanceStatus.MADE_UP, on,
                        makeupWays[random.nextInt(makeupWays.length)]);
            }
        }
        return new Attendance(null, s.id(), m.id(), status, null, null);
    }

    /** Self-study of current members: most keep some, 流动党员 more (online), old members little. */
    List<SelfStudy> selfStudy(List<Member> members) {
        List<SelfStudy> out = new ArrayList<>();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        if (lastDay.isBefore(yearStart)) {
            return out;
        }
        for (Member m : members) {
            if (!m.current() || m.lostContact()) {
                continue;
            }
            LocalDate from = m.joinedOn() != null && m.joinedOn().firstDay().isAfter(yearStart)
                    ? m.joinedOn().firstDay() : yearStart;
            if (from.isAfter(lastDay)) {
                continue;
            }
            int chance = m.floating() ? 95 : !m.canWrite() ? 25 : 72;
            if (random.nextInt(100) >= chance) {
                continue;
            }
            int entries = m.floating() ? 6 + random.nextInt(7) : 1 + random.nextInt(8);
            long span = lastDay.toEpochDay() - from.toEpochDay() + 1;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < entries; i++) {
                LocalDate on = from.plusDays(random.nextInt((int) span));
                String material = SELF_STUDY[random.nextInt(SELF_STUDY.length)];
                if (seen.add(on + material)) {
                    out.add(new SelfStudy(null, m.id(), on, material, pick(10, 15, 20, 25, 30)));
                }
            }
        }
        return out;
    }

    private int pick(int... options) {
        return options[random.nextInt(options.length)];
    }
}
