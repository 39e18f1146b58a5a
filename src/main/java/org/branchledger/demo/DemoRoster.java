package org.branchledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.demo.DemoPeople.DemoPerson;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberType;

/**
 * The members of a synthetic village branch, shaped like a real one: a five-person committee, a few
 * 预备党员, 流动党员 working in the cities, one member out of touch, old members who cannot write, and
 * two who left the branch (kept for history).
 */
final class DemoRoster {
    private static final String[] COMMITTEE = {"书记", "副书记", "组织委员", "宣传委员", "纪检委员"};
    private static final String[] COMMITTEE_JOBS = {"村党支部书记", "村委会主任", "村会计", "村妇女主任", "村文书"};
    private static final String[] EDUCATION = {"小学", "初中", "初中", "高中", "中专", "大专", "大学本科"};
    private static final String[] JOBS = {"种植户", "养殖户", "个体经营", "村医", "护林员", "合作社社员", "农机手"};
    private static final String[] CITIES = {"广东省深圳市", "浙江省杭州市", "江苏省苏州市", "上海市", "福建省厦门市"};

    private final DemoPeople people;
    private final Random random;
    private final LocalDate today;

    DemoRoster(long seed, LocalDate today) {
        this.people = new DemoPeople(seed);
        this.random = new Random(seed);
        this.today = today;
    }

    List<Member> members(long branchId, int count) {
        List<Member> out = new ArrayList<>();
        int probationary = Math.max(1, count / 12);
        int floating = Math.min(3, Math.max(1, count / 12));
        int elderly = Math.max(1, count / 12);
        for (int i = 0; i < count; i++) {
            boolean committee = i < Math.min(COMMITTEE.length, count);
            boolean old = !committee && i >= count - elderly;
            DemoPerson p = old ? people.randomPerson(80, 92, today)
                    : committee ? people.randomPerson(35, 58, today) : people.randomPerson(22, 75, today);
            boolean prob = !committee && !old && i >= count - elderly - probationary;
            boolean away = !committee && !prob && !old && i >= count - elderly - probationary - floating;
            boolean lost = count >= 20 && i == count / 2;
            out.add(member(branchId, p, i, committee, prob, away, lost, old));
        }
        if (count >= 10) {
            out.add(left(branchId, people.randomPerson(78, 90, today), "去世"));
            out.add(left(branchId, people.randomPerson(30, 45, today), "转出"));
        }
        return out;
    }

    private Member member(long branchId, DemoPerson p, int i, boolean committee, boolean prob, boolean away,
                          boolean lost, boolean old) {
        LocalDate joined = prob ? today.minusMonths(3 + random.nextInt(8))
                : p.birthDate().plusYears(20 + random.nextInt(Math.max(1, Math.min(25, ageOf(p) - 21))));
        PartialDate joinedOn = PartialDate.of(joined);
        PartialDate fullOn = prob ? null : PartialDate.of(joined.plusYears(1));
        String job = committee ? COMMITTEE_JOBS[i] : old ? "离退休人员" : away ? "外出务工" : pick(JOBS);
        String category = committee ? "农牧渔民" : old ? "离退休人员" : away ? "其他职业人员" : "农牧渔民";
        String remark = old ? "年老体弱，送课上门" : null;
        return new Member(null, branchId, p.name(), p.idNumber().value(), p.gender(), p.ethnicity(),
                PartialDate.of(p.birthDate()), old ? "小学" : pick(EDUCATION), category, joinedOn, fullOn, job,
                p.mobile(), null, "城关镇红旗村" + (1 + random.nextInt(8)) + "组", "正常", lost,
                lost ? PartialDate.of(today.minusMonths(14)) : null, away, away ? pick(CITIES) : null, remark,
                prob ? MemberType.PROBATIONARY : MemberType.FULL, committee && i < 2,
                committee ? COMMITTEE[i] : null, !old, null, null);
    }

    private Member left(long branchId, DemoPerson p, String reason) {
        LocalDate joined = p.birthDate().plusYears(25);
        return new Member(null, branchId, p.name(), p.idNumber().value(), p.gender(), p.ethnicity(),
                PartialDate.of(p.birthDate()), "初中", "农牧渔民", PartialDate.of(joined),
                PartialDate.of(joined.plusYears(1)), "种植户", p.mobile(), null, "城关镇红旗村3组", "正常", false,
                null, false, null, null, MemberType.FULL, false, null, true, reason,
                PartialDate.of(today.minusMonths(5)));
    }

    private int ageOf(DemoPerson p) {
        return p.birthDate().until(today).getYears();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
