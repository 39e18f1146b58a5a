package org.branchledger.pledge;

import static org.branchledger.jooq.Tables.ACTIVITY_RECORD;
import static org.branchledger.jooq.Tables.LEADER_COMMENT;
import static org.branchledger.jooq.Tables.PLEDGE;
import static org.branchledger.jooq.Tables.PLEDGE_PROGRESS;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import org.branchledger.jooq.tables.records.PledgeRecord;
import org.jooq.Condition;
import org.branchledger.core.db.EditCheck;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Pledges with their progress, leaders' comments and activity records. */
public final class PledgeRepository {

    /** The branch's pledges of a year (by 公示日期, else 完成时限, else 承诺日期), branch first, then by member. */
    public List<Pledge> pledges(DSLContext db, long branchId, int year) {
        return db.selectFrom(PLEDGE).where(PLEDGE.BRANCH_ID.eq(branchId)).and(inYear(year))
                .orderBy(PLEDGE.MEMBER_ID.asc().nullsFirst(), PLEDGE.DEADLINE.asc().nullsLast(), PLEDGE.ID)
                .fetch(PledgeRepository::toPledge);
    }

    /** Every pledge of the branch, of any year. */
    public List<Pledge> all(DSLContext db, long branchId) {
        return db.selectFrom(PLEDGE).where(PLEDGE.BRANCH_ID.eq(branchId)).orderBy(PLEDGE.ID)
                .fetch(PledgeRepository::toPledge);
    }

    /** A pledge belongs to the year of its 公示日期, else 完成时限, else 承诺日期 (also what a branch package of a year takes). */
    public static Condition inYear(int year) {
        return DSL.coalesce(PLEDGE.PUBLISHED_ON, PLEDGE.DEADLINE, PLEDGE.PLEDGED_ON)
                .between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Published pledges with no verdict whose deadline is before {@code today}, of any year. */
    public List<Pledge> overdue(DSLContext db, long branchId, LocalDate today) {
        return db.selectFrom(PLEDGE).where(PLEDGE.BRANCH_ID.eq(branchId)).and(PLEDGE.PUBLISHED_ON.isNotNull())
                .and(PLEDGE.VERDICT.isNull()).and(PLEDGE.DEADLINE.lt(today))
                .orderBy(PLEDGE.DEADLINE, PLEDGE.ID).fetch(PledgeRepository::toPledge);
    }

    public Optional<Pledge> pledge(DSLContext db, long id) {
        return db.selectFrom(PLEDGE).where(PLEDGE.ID.eq(id)).fetchOptional(PledgeRepository::toPledge);
    }

    /** What an import matches on: the branch, who pledges (null: the branch), the content and the deadline. */
    public Optional<Pledge> find(DSLContext db, long branchId, Long memberId, String content, LocalDate deadline) {
        return db.selectFrom(PLEDGE).where(PLEDGE.BRANCH_ID.eq(branchId))
                .and(memberId == null ? PLEDGE.MEMBER_ID.isNull() : PLEDGE.MEMBER_ID.eq(memberId))
                .and(PLEDGE.CONTENT.eq(content))
                .and(deadline == null ? PLEDGE.DEADLINE.isNull() : PLEDGE.DEADLINE.eq(deadline))
                .orderBy(PLEDGE.ID).limit(1).fetchOptional(PledgeRepository::toPledge);
    }

    /** Inserts (no id) or updates (by id); returns the pledge with its id. */
    public Pledge save(DSLContext db, Pledge p) {
        PledgeRecord r = p.id() == null ? db.newRecord(PLEDGE)
                : db.fetchOptional(PLEDGE, PLEDGE.ID.eq(p.id()))
                        .orElseThrow(() -> new IllegalArgumentException("no pledge " + p.id()));
        fill(r, p);
        if (r.changed()) {
            r.store();
        }
        return p.withId(r.getId());
    }

    /**
     * Writes what the user changed in a form that loaded {@code loaded}, only if nobody else changed the pledge
     * since ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public Pledge update(DSLContext db, Pledge loaded, Pledge edited) {
        PledgeRecord was = db.newRecord(PLEDGE);
        fill(was, loaded);
        PledgeRecord now = db.newRecord(PLEDGE);
        fill(now, edited);
        EditCheck.update(db, PLEDGE.ID.eq(loaded.id()), was, now, Map.of(), PledgeAuditLabels.PLEDGE_COLUMNS,
                PledgeRepository::toPledge);
        return edited;
    }

    /**
     * Writes a step's own columns of {@code edited}, only if they still hold what {@code loaded} has: the other
     * columns are neither compared nor written ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming the step's columns someone else changed
     */
    public Pledge updateStep(DSLContext db, Pledge loaded, Pledge edited, PledgeSteps.Step step) {
        List<Field<?>> own = switch (step) {
            case APPROVE -> List.of(PLEDGE.APPROVED_ON, PLEDGE.APPROVED_MEETING);
            case PUBLISH -> List.of(PLEDGE.PUBLISHED_ON);
            case REPORT -> List.of(PLEDGE.REPORTED_ON, PLEDGE.REPORT);
            case EVALUATE -> List.of(PLEDGE.VERDICT, PLEDGE.EVALUATED_ON, PLEDGE.SATISFACTION_TENTHS,
                    PLEDGE.EXPLANATION, PLEDGE.EXPLAINED_ON); // a kept pledge's 说明 is cleared
            case EXPLAIN -> List.of(PLEDGE.EXPLANATION, PLEDGE.EXPLAINED_ON);
            case EDIT, PROGRESS -> throw new IllegalArgumentException("not a step of the pledge's columns: " + step);
        };
        PledgeRecord was = db.newRecord(PLEDGE);
        fill(was, loaded);
        for (Field<?> f : PLEDGE.fields()) {
            was.changed(f, own.contains(f));
        }
        PledgeRecord now = db.newRecord(PLEDGE);
        fill(now, edited);
        EditCheck.update(db, PLEDGE.ID.eq(loaded.id()), was, now, Map.of(), PledgeAuditLabels.PLEDGE_COLUMNS,
                PledgeRepository::toPledge);
        return edited;
    }

    private static void fill(PledgeRecord r, Pledge p) {
        r.setBranchId(p.branchId());
        r.setMemberId(p.memberId());
        r.setCategory(p.category().label());
        r.setPost(p.post());
        r.setContent(p.content());
        r.setMeasures(p.measures());
        r.setResponsible(p.responsible());
        r.setDeadline(p.deadline());
        r.setPledgedOn(p.pledgedOn());
        r.setApprovedOn(p.approvedOn());
        r.setApprovedMeeting(p.approvedMeeting());
        r.setPublishedOn(p.publishedOn());
        r.setReportedOn(p.reportedOn());
        r.setReport(p.report());
        r.setVerdict(p.verdict() == null ? null : p.verdict().label());
        r.setEvaluatedOn(p.evaluatedOn());
        r.setSatisfactionTenths(p.satisfactionTenths());
        r.setExplanation(p.explanation());
        r.setExplainedOn(p.explainedOn());
    }

    /** Every progress entry of the branch's pledges, by pledge, in date order. */
    public Map<Long, List<PledgeProgress>> progress(DSLContext db, long branchId) {
        Map<Long, List<PledgeProgress>> out = new LinkedHashMap<>();
        db.selectFrom(PLEDGE_PROGRESS).where(PLEDGE_PROGRESS.BRANCH_ID.eq(branchId))
                .orderBy(PLEDGE_PROGRESS.PLEDGE_ID, PLEDGE_PROGRESS.NOTED_ON.asc().nullsFirst(), PLEDGE_PROGRESS.ID)
                .forEach(r -> out.computeIfAbsent(r.getPledgeId(), k -> new ArrayList<>())
                        .add(new PledgeProgress(r.getId(), r.getPledgeId(), r.getNotedOn(), r.getNote())));
        return out;
    }

    public List<PledgeProgress> progressOf(DSLContext db, long pledgeId) {
        return db.selectFrom(PLEDGE_PROGRESS).where(PLEDGE_PROGRESS.PLEDGE_ID.eq(pledgeId))
                .orderBy(PLEDGE_PROGRESS.NOTED_ON.asc().nullsFirst(), PLEDGE_PROGRESS.ID)
                .fetch(r -> new PledgeProgress(r.getId(), r.getPledgeId(), r.getNotedOn(), r.getNote()));
    }

    public PledgeProgress insertProgress(DSLContext db, long branchId, PledgeProgress p) {
        var r = db.newRecord(PLEDGE_PROGRESS);
        r.setBranchId(branchId);
        r.setPledgeId(p.pledgeId());
        r.setNotedOn(p.notedOn());
        r.setNote(p.note());
        r.store();
        return new PledgeProgress(r.getId(), p.pledgeId(), p.notedOn(), p.note());
    }

    /** The branch's leaders' comments, newest first. */
    public List<LeaderComment> comments(DSLContext db, long branchId) {
        return db.selectFrom(LEADER_COMMENT).where(LEADER_COMMENT.BRANCH_ID.eq(branchId))
                .orderBy(LEADER_COMMENT.COMMENTED_ON.desc(), LEADER_COMMENT.ID.desc())
                .fetch(r -> new LeaderComment(r.getId(), r.getBranchId(), r.getCommentedOn(), r.getCommenter(),
                        r.getComment()));
    }

    public LeaderComment insertComment(DSLContext db, LeaderComment c) {
        var r = db.newRecord(LEADER_COMMENT);
        r.setBranchId(c.branchId());
        r.setCommentedOn(c.commentedOn());
        r.setCommenter(c.commenter());
        r.setComment(c.comment());
        r.store();
        return new LeaderComment(r.getId(), c.branchId(), c.commentedOn(), c.commenter(), c.comment());
    }

    /** The branch's activity records between two days, by date. */
    public List<ActivityRecord> activities(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        return db.selectFrom(ACTIVITY_RECORD).where(ACTIVITY_RECORD.BRANCH_ID.eq(branchId))
                .and(ACTIVITY_RECORD.DONE_ON.between(from, to)).orderBy(ACTIVITY_RECORD.DONE_ON, ACTIVITY_RECORD.ID)
                .fetch(r -> new ActivityRecord(r.getId(), r.getBranchId(), r.getMemberId(), r.getDoneOn(),
                        r.getActivity(), r.getContribution(), r.getEffect()));
    }

    public ActivityRecord insertActivity(DSLContext db, ActivityRecord a) {
        var r = db.newRecord(ACTIVITY_RECORD);
        r.setBranchId(a.branchId());
        r.setMemberId(a.memberId());
        r.setDoneOn(a.doneOn());
        r.setActivity(a.activity());
        r.setContribution(a.contribution());
        r.setEffect(a.effect());
        r.store();
        return new ActivityRecord(r.getId(), a.branchId(), a.memberId(), a.doneOn(), a.activity(), a.contribution(),
                a.effect());
    }

    private static Pledge toPledge(PledgeRecord r) {
        return new Pledge(r.getId(), r.getBranchId(), r.getMemberId(), PledgeCategory.ofLabel(r.getCategory()),
                r.getPost(), r.getContent(), r.getMeasures(), r.getResponsible(), r.getDeadline(), r.getPledgedOn(),
                r.getApprovedOn(), r.getApprovedMeeting(), r.getPublishedOn(), r.getReportedOn(), r.getReport(),
                Verdict.ofLabel(r.getVerdict()), r.getEvaluatedOn(), r.getSatisfactionTenths(), r.getExplanation(),
                r.getExplainedOn());
    }
}
