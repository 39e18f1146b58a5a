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
import org.jooq.Condition;
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
        AppraisalRoundRecord rec = db.fetchOptional(APPRAISAL_ROUND, roundOf(r.branchId(), r.year()))
                .orElseGet(() -> db.newRecord(APPRAISAL_ROUND));
        fill(rec, r);
        if (rec.changed()) {
            rec.store();
        }
        return r.withId(rec.getId());
    }

    /**
     * Stores the year's round with the default thresholds, when a member's record, an item or a follow-up is the
     * first thing of the year: one another PC started at the same moment (the table's unique key) is taken as it is.
     */
    public AppraisalRound startRound(DSLContext db, long branchId, int year) {
        AppraisalRoundRecord rec = db.newRecord(APPRAISAL_ROUND);
        fill(rec, AppraisalRound.fresh(branchId, year));
        EditCheck.insertIfAbsent(db, rec);
        return round(db, branchId, year).orElseThrow();
    }

    /**
     * Writes what the user changed in the 评议设置 dialog that showed {@code loaded} (not yet stored: the defaults),
     * only if nobody else changed (or first stored) the round since ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public AppraisalRound updateRound(DSLContext db, AppraisalRound loaded, AppraisalRound r) {
        AppraisalRoundRecord was = db.newRecord(APPRAISAL_ROUND);
        fill(was, loaded);
        AppraisalRoundRecord now = db.newRecord(APPRAISAL_ROUND);
        fill(now, r);
        Condition key = roundOf(r.branchId(), r.year());
        if (loaded.id() == null) {
            EditCheck.insert(db, key, was, now, Map.of(), AppraisalAuditLabels.ROUND_COLUMNS,
                    AppraisalRepository::toRound);
        } else {
            EditCheck.update(db, key, was, now, Map.of(), AppraisalAuditLabels.ROUND_COLUMNS,
                    AppraisalRepository::toRound);
        }
        return round(db, r.branchId(), r.year()).orElseThrow();
    }

    private static Condition roundOf(long branchId, int year) {
        return APPRAISAL_ROUND.BRANCH_ID.eq(branchId).and(APPRAISAL_ROUND.APPRAISAL_YEAR.eq(year));
    }

    private static void fill(AppraisalRoundRecord rec, AppraisalRound r) {
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
        AppraisalEntryRecord was = db.newRecord(APPRAISAL_ENTRY);
        fill(was, branchId, loaded);
        if (loaded.id() == null) { // the form found none: one stored since meets the unique key, compared with the blank form
            EditCheck.insert(db, entryOf(e.roundId(), e.memberId()), was, now, Map.of(),
                    AppraisalAuditLabels.ENTRY_COLUMNS, AppraisalRepository::toEntry);
            return entry(db, e.roundId(), e.memberId()).orElseThrow();
        }
        EditCheck.update(db, APPRAISAL_ENTRY.ID.eq(loaded.id()), was, now, Map.of(),
                AppraisalAuditLabels.ENTRY_COLUMNS, AppraisalRepository::toEntry);
        return new AppraisalEntry(loaded.id(), e.roundId(), e.memberId(), e.selfAssessment(), e.votes(), e.mass(),
                e.fiveLead(), e.finalGrade(), e.reason());
    }

    private static Condition entryOf(long roundId, long memberId) {
        return APPRAISAL_ENTRY.ROUND_ID.eq(roundId).and(APPRAISAL_ENTRY.MEMBER_ID.eq(memberId));
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
        fill(r, branchId, x);
        r.store();
        return toRectification(r);
    }

    /**
     * 销号 from a dialog that showed the item as {@code loaded}: writes the day and what was done, only if nobody
     * else changed the item since (closed it first, or removed it) ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public void closeRectification(DSLContext db, long branchId, Rectification loaded, LocalDate on, String note) {
        RectificationRecord was = db.newRecord(RECTIFICATION);
        fill(was, branchId, loaded);
        RectificationRecord now = db.newRecord(RECTIFICATION);
        fill(now, branchId, new Rectification(loaded.id(), loaded.roundId(), loaded.memberId(), loaded.openedOn(),
                loaded.issue(), on, note));
        EditCheck.update(db, RECTIFICATION.ID.eq(loaded.id()), was, now, Map.of(),
                AppraisalAuditLabels.RECTIFICATION_COLUMNS, AppraisalRepository::toRectification);
    }

    private static void fill(RectificationRecord r, long branchId, Rectification x) {
        r.setBranchId(branchId);
        r.setRoundId(x.roundId());
        r.setMemberId(x.memberId());
        r.setOpenedOn(x.openedOn());
        r.setIssue(x.issue());
        r.setClosedOn(x.closedOn());
        r.setCloseNote(x.closeNote());
    }

    public List<FollowUp> followUps(DSLContext db, long roundId) {
        return db.selectFrom(APPRAISAL_FOLLOWUP).where(APPRAISAL_FOLLOWUP.ROUND_ID.eq(roundId))
                .orderBy(APPRAISAL_FOLLOWUP.DECIDED_ON, APPRAISAL_FOLLOWUP.ID).fetch(AppraisalRepository::toFollowUp);
    }

    /** Inserts or replaces the member's follow-up in the round. */
    public FollowUp saveFollowUp(DSLContext db, long branchId, FollowUp f) {
        AppraisalFollowupRecord r = db.fetchOptional(APPRAISAL_FOLLOWUP, followUpOf(f.roundId(), f.memberId()))
                .orElseGet(() -> db.newRecord(APPRAISAL_FOLLOWUP));
        fill(r, branchId, f);
        if (r.changed()) {
            r.store();
        }
        return toFollowUp(r);
    }

    /**
     * Writes what the user changed in the 处置 dialog that showed {@code loaded} (none stored: a blank one, its id
     * null), only if nobody else changed (or first stored) the member's follow-up since ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public FollowUp updateFollowUp(DSLContext db, long branchId, FollowUp loaded, FollowUp f) {
        AppraisalFollowupRecord was = db.newRecord(APPRAISAL_FOLLOWUP);
        fill(was, branchId, loaded);
        AppraisalFollowupRecord now = db.newRecord(APPRAISAL_FOLLOWUP);
        fill(now, branchId, f);
        Condition key = followUpOf(f.roundId(), f.memberId());
        if (loaded.id() == null) {
            EditCheck.insert(db, key, was, now, Map.of(), AppraisalAuditLabels.FOLLOW_UP_COLUMNS,
                    AppraisalRepository::toFollowUp);
        } else {
            EditCheck.update(db, APPRAISAL_FOLLOWUP.ID.eq(loaded.id()), was, now, Map.of(),
                    AppraisalAuditLabels.FOLLOW_UP_COLUMNS, AppraisalRepository::toFollowUp);
        }
        return db.fetchOptional(APPRAISAL_FOLLOWUP, key).map(AppraisalRepository::toFollowUp).orElseThrow();
    }

    private static Condition followUpOf(long roundId, long memberId) {
        return APPRAISAL_FOLLOWUP.ROUND_ID.eq(roundId).and(APPRAISAL_FOLLOWUP.MEMBER_ID.eq(memberId));
    }

    private static void fill(AppraisalFollowupRecord r, long branchId, FollowUp f) {
        r.setBranchId(branchId);
        r.setRoundId(f.roundId());
        r.setMemberId(f.memberId());
        r.setKind(f.kind() == null ? null : f.kind().label());
        r.setDecidedOn(f.decidedOn());
        r.setDeadline(f.deadline());
        r.setNote(f.note());
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
