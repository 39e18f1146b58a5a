package org.branchledger.pledge;

import java.time.LocalDate;

/**
 * One public pledge (公开承诺) and its dated steps: 承诺 (pledgedOn) → 审诺 (approvedOn, at a branch
 * meeting) → 示诺 (publishedOn) → 履诺 (progress, kept apart) → 述诺 (reportedOn) → 评诺 (verdict,
 * evaluatedOn, satisfaction) → 说明 (explanation of a pledge not kept).
 *
 * @param memberId            the member who pledges; null for the branch's own pledge
 * @param post                设岗: the member's duty post
 * @param satisfactionTenths  the evaluators' satisfaction in tenths of a percent (955 = 95.5%), null if not collected
 */
public record Pledge(Long id, long branchId, Long memberId, PledgeCategory category, String post, String content,
                     String measures, String responsible, LocalDate deadline, LocalDate pledgedOn,
                     LocalDate approvedOn, String approvedMeeting, LocalDate publishedOn, LocalDate reportedOn,
                     String report, Verdict verdict, LocalDate evaluatedOn, Integer satisfactionTenths,
                     String explanation, LocalDate explainedOn) {

    /** A new pledge, not yet approved or published. */
    public static Pledge draft(long branchId, Long memberId, PledgeCategory category, String post, String content,
                               String measures, String responsible, LocalDate deadline, LocalDate pledgedOn) {
        return new Pledge(null, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean ofBranch() {
        return memberId == null;
    }

    /** The year it belongs to (CLI.md): of its 公示日期, or of its 完成时限 while unpublished, else of 承诺日期. */
    public Integer year() {
        LocalDate d = publishedOn != null ? publishedOn : deadline != null ? deadline : pledgedOn;
        return d == null ? null : d.getYear();
    }

    public PledgeStatus status(LocalDate today) {
        return PledgeStatus.of(this, today);
    }

    public Pledge withId(Long newId) {
        return new Pledge(newId, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, approvedOn, approvedMeeting, publishedOn, reportedOn, report, verdict, evaluatedOn,
                satisfactionTenths, explanation, explainedOn);
    }

    /** The same pledge with what was written about it (the form's fields), its steps kept. */
    public Pledge withTerms(Long newMemberId, PledgeCategory newCategory, String newPost, String newContent,
                            String newMeasures, String newResponsible, LocalDate newDeadline, LocalDate newPledgedOn) {
        return new Pledge(id, branchId, newMemberId, newCategory, newPost, newContent, newMeasures, newResponsible,
                newDeadline, newPledgedOn, approvedOn, approvedMeeting, publishedOn, reportedOn, report, verdict,
                evaluatedOn, satisfactionTenths, explanation, explainedOn);
    }

    public Pledge approved(LocalDate on, String meeting) {
        return new Pledge(id, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, on, meeting, publishedOn, reportedOn, report, verdict, evaluatedOn, satisfactionTenths,
                explanation, explainedOn);
    }

    public Pledge published(LocalDate on) {
        return new Pledge(id, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, approvedOn, approvedMeeting, on, reportedOn, report, verdict, evaluatedOn,
                satisfactionTenths, explanation, explainedOn);
    }

    public Pledge reported(LocalDate on, String text) {
        return new Pledge(id, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, approvedOn, approvedMeeting, publishedOn, on, text, verdict, evaluatedOn,
                satisfactionTenths, explanation, explainedOn);
    }

    public Pledge evaluated(Verdict v, LocalDate on, Integer satisfaction) {
        return new Pledge(id, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, approvedOn, approvedMeeting, publishedOn, reportedOn, report, v, on, satisfaction,
                explanation, explainedOn);
    }

    public Pledge explained(LocalDate on, String text) {
        return new Pledge(id, branchId, memberId, category, post, content, measures, responsible, deadline,
                pledgedOn, approvedOn, approvedMeeting, publishedOn, reportedOn, report, verdict, evaluatedOn,
                satisfactionTenths, text, on);
    }
}
