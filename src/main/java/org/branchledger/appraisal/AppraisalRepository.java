package org.branchledger.appraisal;

import static org.branchledger.jooq.Tables.APPRAISAL_ENTRY;
import static org.branchledger.jooq.Tables.APPRAISAL_FOLLOWUP;
import static org.branchledger.jooq.Tables.APPRAISAL_ROUND;
import static org.branchledger.jooq.Tables.RECTIFICATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchledger.core.db.EditCheck;
import org.branchledger.jooq.tables.records.AppraisalEntryRecord;
import org.branchledger.jooq.tables.records.AppraisalFollowupRecord;
import org.branchledger.jooq.tables.records.AppraisalRoundRecord;
import org.branchledger.jooq.tables.records.RectificationRecord;
import org.jooq.DSLContext;

/** Appraisal rounds, members' records, 整改事项 and follow-ups. */
public final class AppraisalRepository {

    public Optional<AppraisalRound> round(DSLContext db, long branchId, int year) {
        return db.selectFrom(APPRAISAL_ROUND).where(APPRAISAL_ROUND.BRANCH_ID.eq(branchId))
                .and(APPRAISAL_ROUND.APPRAISAL_YEAR.eq(year)).fetchOptional(AppraisalRepository::toRound);
    }

    /** The branch whose round this is. */
    public long branchOfRound(DSLContext db, long roundId) {
        return db.select(APPRAISAL_ROUND.BRANCH_ID).from(APPRAISAL_ROUND).where(APPRAISAL_ROUND.ID.eq(roundId))
                .fetchSingle(APPRAISAL_ROUND.BRANCH_ID);
    }

    /** Inserts or updates the round of its branch and year; returns it with its id. */
    public AppraisalRound saveRound(DSLContext db, AppraisalRound r) {
        AppraisalRoundRecord rec = db.fetchOptional(APPRAISAL_ROUND, APPRAISAL_ROUND.BRANCH_ID.eq(r.branchId())
                .and(APPRAISAL_ROUND.APPRAISAL_YEAR.eq(r.year()))).orElseGet(() -> db.newRecord(APPRAISAL_ROUND));
        rec.setBranchId(r.branchId());
        rec.setAppraisalYear(r.year());
        rec.setStartedOn(r.startedOn());
        rec.setEndedOn(r.endedOn());
        rec.setNoticeFrom(r.noticeFrom());
        rec.setNoticeTo(r.noticeTo());
        AppraisalRule.Thresholds t = r.thresholds();
        rec.setFailNum(t.failShare().num());
        rec.setFailDen(t.failShare().den());
        rec.setSatisfactionNum(t.satisfactionMin().num());
        rec.setSatisfactionDen(t.satisfactionMin().den());
        rec.setExcellentNum(t.excellentCap().num());
        rec.setExcellentDen(t.excellentCap().den());
        if (rec.changed()) {
            rec.store();
        }
        return r.withId(rec.getId());
    }

    public List<AppraisalEntry> entries(DSLContext db, long roundId) {
        return db.selectFrom(APPRAISAL_ENTRY).where(APPRAISAL_ENTRY.ROUND_ID.eq(roundId)).orderBy(APPRAISAL_ENTRY.ID)
                .fetch(AppraisalRepository::toEntry);
    }

    public Optional<AppraisalEntry> entry(DSLContext db, long roundId, long memberId) {
        return db.selectFrom(APPRAISAL_ENTRY).where(APPRAISAL_ENTRY.ROUND_ID.eq(roundId))
                .and(APPRAISAL_ENTRY.MEMBER_ID.eq(memberId)).fetchOptional(AppraisalRepository::toEntry);
    }

    /** Inserts or updates the member's record in the round (matched by round and member). */
    public AppraisalEntry saveEntry(DSLContext db, long branchId, AppraisalEntry e) {
        AppraisalEntryRecord r = db.fetchOptional(APPRAISAL_ENTRY, APPRAISAL_ENTRY.ROUND_ID.eq(e.roundId())
                .and(APPRAISAL_ENTRY.MEMBER_ID.eq(e.memberId()))).orElseGet(() -> db.newRecord(APPRAISAL_ENTRY));
        fill(r, branchId, e);
        if (r.changed()) {
            r.store();
        }
        return new AppraisalEntry(r.getId(), e.roundId(), e.memberId(), e.selfAssessment(), e.votes(), e.mass(),
                e.fiveLead(), e.finalGrade(), e.reason());
    }

    /**
     * Writes what the user changed in a record the form loaded as {@code loaded}, only if nobody else changed it
     * since ({@link EditCheck}); a record the form found missing is inserted, and one stored since is checked
     * against the blank record the form showed.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public AppraisalEntry updateEntry(DSLContext db, long branchId, AppraisalEntry loaded, AppraisalEntry e) {
        AppraisalEntryRecord now = db.newRecord(APPRAISAL_ENTRY);
        fill(now, branchId, e);
        Long id = loaded.id();
        if (id == null) { // the form found none: someone may have stored one since, compared with the blank form
            id = entry(db, e.roundId(), e.memberId()).map(AppraisalEntry::id).orElse(null);
            if (id == null) {
                now.store();
                return toEntry(now);
            }
        }
        AppraisalEntryRecord was = db.newRecord(APPRAISAL_ENTRY);
        fill(was, branchId, loaded);
        EditCheck.update(db, APPRAISAL_ENTRY.ID.eq(id), was, now, Map.of(),
                AppraisalAuditLabels.ENTRY_COLUMNS, AppraisalRepository::toEntry);
        return new AppraisalEntry(id, e.roundId(), e.memberId(), e.selfAssessment(), e.votes(), e.mass(),
                e.fiveLead(), e.finalGrade(), e.reason());
    }

    private static void fill(AppraisalEntryRecord r, long branchId, AppraisalEntry e) {
        r.setBranchId(branchId);
        r.setRoundId(e.roundId());
        r.setMemberId(e.memberId());
        r.setSelfAssessment(e.selfAssessment());
        r.setVotesExcellent(e.votes().excellent());
        r.setVotesQualified(e.votes().qualified());
        r.setVotesBasic(e.votes().basic());
        r.setVotesFailed(e.votes().failed());
        r.setMassSatisfied(e.mass().satisfied());
        r.setMassBasic(e.mass().basic());
        r.setMassUnsatisfied(e.mass().unsatisfied());
        r.setFiveLead(e.fiveLead());
        r.setFinalGrade(e.finalGrade() == null ? null : e.finalGrade().label());
        r.setReason(e.reason());
    }

    public List<Rectification> rectifications(DSLContext db, long roundId) {
        return db.selectFrom(RECTIFICATION).where(RECTIFICATION.ROUND_ID.eq(roundId))
                .orderBy(RECTIFICATION.OPENED_ON, RECTIFICATION.ID).fetch(AppraisalRepository::toRectification);
    }

    public Rectification insertRectification(DSLContext db, long branchId, Rectification x) {
        RectificationRecord r = db.newRecord(RECTIFICATION);
        r.setBranchId(branchId);
        r.setRoundId(x.roundId());
        r.setMemberId(x.memberId());
        r.setOpenedOn(x.openedOn());
        r.setIssue(x.issue());
        r.setClosedOn(x.closedOn());
        r.setCloseNote(x.closeNote());
        r.store();
        return toRectification(r);
    }

    /** Closes (销号) an open item; false when there is no such open item. */
    public boolean closeRectification(DSLContext db, long id, LocalDate on, String note) {
        return db.update(RECTIFICATION).set(RECTIFICATION.CLOSED_ON, on).set(RECTIFICATION.CLOSE_NOTE, note)
                .where(RECTIFICATION.ID.eq(id)).and(RECTIFICATION.CLOSED_ON.isNull()).execute() == 1;
    }

    public List<FollowUp> followUps(DSLContext db, long roundId) {
        return db.selectFrom(APPRAISAL_FOLLOWUP).where(APPRAISAL_FOLLOWUP.ROUND_ID.eq(roundId))
                .orderBy(APPRAISAL_FOLLOWUP.DECIDED_ON, APPRAISAL_FOLLOWUP.ID).fetch(AppraisalRepository::toFollowUp);
    }

    /** Inserts or replaces the member's follow-up in the round. */
    public FollowUp saveFollowUp(DSLContext db, long branchId, FollowUp f) {
        AppraisalFollowupRecord r = db.fetchOptional(APPRAISAL_FOLLOWUP, APPRAISAL_FOLLOWUP.ROUND_ID.eq(f.roundId())
                .and(APPRAISAL_FOLLOWUP.MEMBER_ID.eq(f.memberId()))).orElseGet(() -> db.newRecord(APPRAISAL_FOLLOWUP));
        r.setBranchId(branchId);
        r.setRoundId(f.roundId());
        r.setMemberId(f.memberId());
        r.setKind(f.kind().label());
        r.setDecidedOn(f.decidedOn());
        r.setDeadline(f.deadline());
        r.setNote(f.note());
        if (r.changed()) {
            r.store();
        }
        return toFollowUp(r);
    }

    private static AppraisalRound toRound(AppraisalRoundRecord r) {
        return new AppraisalRound(r.getId(), r.getBranchId(), r.getAppraisalYear(), r.getStartedOn(), r.getEndedOn(),
                r.getNoticeFrom(), r.getNoticeTo(), new AppraisalRule.Thresholds(
                        new Fraction(r.getFailNum(), r.getFailDen()),
                        new Fraction(r.getSatisfactionNum(), r.getSatisfactionDen()),
                        new Fraction(r.getExcellentNum(), r.getExcellentDen())));
    }

    private static AppraisalEntry toEntry(AppraisalEntryRecord r) {
        return new AppraisalEntry(r.getId(), r.getRoundId(), r.getMemberId(), r.getSelfAssessment(),
                new AppraisalRule.Tally(r.getVotesExcellent(), r.getVotesQualified(), r.getVotesBasic(),
                        r.getVotesFailed()),
                new AppraisalRule.Mass(r.getMassSatisfied(), r.getMassBasic(), r.getMassUnsatisfied()),
                r.getFiveLead(), AppraisalGrade.ofLabel(r.getFinalGrade()), r.getReason());
    }

    private static Rectification toRectification(RectificationRecord r) {
        return new Rectification(r.getId(), r.getRoundId(), r.getMemberId(), r.getOpenedOn(), r.getIssue(),
                r.getClosedOn(), r.getCloseNote());
    }

    private static FollowUp toFollowUp(AppraisalFollowupRecord r) {
        return new FollowUp(r.getId(), r.getRoundId(), r.getMemberId(), FollowUpKind.ofLabel(r.getKind()),
                r.getDecidedOn(), r.getDeadline(), r.getNote());
    }
}
