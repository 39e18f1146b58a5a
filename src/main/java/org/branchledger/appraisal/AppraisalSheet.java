package org.branchledger.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round as a whole: every participant in roster order, the 整改事项 and the follow-ups of 不合格 members,
 * and the warnings the committee should see before it decides.
 *
 * @param round the round, or a fresh one (id null) when none was started for the year
 */
public record AppraisalSheet(AppraisalRound round, List<MemberAppraisal> members, List<Rectification> rectifications,
                             List<FollowUp> followUps) {

    public AppraisalSheet {
        members = List.copyOf(members);
        rectifications = List.copyOf(rectifications);
        followUps = List.copyOf(followUps);
    }

    public int graded() {
        return (int) members.stream().filter(m -> !m.probationary()).count();
    }

    public int probationary() {
        return members.size() - graded();
    }

    /** 正式党员 whose final grade (else suggested grade) is 优秀. */
    public int excellent() {
        return (int) members.stream().filter(m -> !m.probationary())
                .filter(m -> m.effectiveGrade() == AppraisalGrade.EXCELLENT).count();
    }

    /** 正式党员 with a final grade. */
    public int decided() {
        return (int) members.stream().filter(m -> !m.probationary() && m.finalGrade() != null).count();
    }

    public long count(AppraisalGrade g) {
        return members.stream().filter(m -> !m.probationary() && m.finalGrade() == g).count();
    }

    public boolean tooManyExcellent() {
        return AppraisalRule.tooManyExcellent(excellent(), graded(), round.thresholds());
    }

    public Map<Long, FollowUp> followUpByMember() {
        return followUps.stream().collect(Collectors.toMap(FollowUp::memberId, Function.identity(), (a, b) -> b));
    }

    /** Members graded 不合格 without a follow-up record yet. */
    public List<MemberAppraisal> failedWithoutFollowUp() {
        Map<Long, FollowUp> f = followUpByMember();
        return members.stream().filter(m -> m.finalGrade() == AppraisalGrade.FAILED)
                .filter(m -> !f.containsKey(m.member().id())).toList();
    }

    public long openRectifications() {
        return rectifications.stream().filter(Rectification::open).count();
    }

    public String nameOf(long memberId) {
        return members.stream().filter(m -> Objects.equals(m.member().id(), memberId)).findFirst()
                .map(m -> m.member().name()).orElse("");
    }

    /** What the committee should look at, in words; empty when all is in order. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        AppraisalRule.Thresholds t = round.thresholds();
        if (tooManyExcellent()) {
            out.add("优秀 " + excellent() + " 人，超过参评正式党员 " + graded() + " 人的 " + t.excellentCap().text()
                    + "(最多 " + AppraisalRule.excellentAllowed(graded(), t) + " 人)");
        }
        List<String> fail = members.stream().filter(m -> m.judgement().failFlag()).map(m -> m.member().name()).toList();
        if (!fail.isEmpty()) {
            out.add(AppraisalRule.FLAG_FAIL + "（不合格票超过 " + t.failShare().text() + "）：" + String.join("、", fail));
        }
        List<String> low = members.stream().filter(m -> m.judgement().lowSatisfaction())
                .map(m -> m.member().name()).toList();
        if (!low.isEmpty()) {
            out.add(AppraisalRule.FLAG_LOW + "（低于 " + t.satisfactionMin().text() + "）：" + String.join("、", low));
        }
        List<String> noReason = members.stream().filter(MemberAppraisal::reasonMissing)
                .map(m -> m.member().name()).toList();
        if (!noReason.isEmpty()) {
            out.add("评定等次与建议不同但未写理由：" + String.join("、", noReason));
        }
        List<String> noFollowUp = failedWithoutFollowUp().stream().map(m -> m.member().name()).toList();
        if (!noFollowUp.isEmpty()) {
            out.add("评定为不合格、尚未登记处置：" + String.join("、", noFollowUp));
        }
        long open = openRectifications();
        if (open > 0) {
            out.add("整改事项未销号 " + open + " 项");
        }
        return out;
    }
}
