package org.branchledger.appraisal;

import org.branchledger.branch.ReceivedData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.notes.MemberNotes;
import org.branchledger.notes.NotesService;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.branchledger.roster.MemberType;
import org.branchledger.study.MemberHours;
import org.branchledger.study.StudyService;
import org.jooq.DSLContext;

/**
 * 民主评议党员: the round of a year, each participant's record with what the rule suggests and the evidence
 * beside it, 整改事项 opened for low satisfaction, and the follow-up of members graded 不合格.
 */
public final class AppraisalService {
    /** 限期改正 lasts at most a year (DOMAIN.md §5). */
    public static final int CORRECTION_MAX_MONTHS = 12;

    private final Database db;
    private final AppraisalRepository appraisals;
    private final MemberRepository members;
    private final StudyService study;
    private final NotesService notes;
    private final PledgeEvidence pledges;
    private final Clock clock;

    public AppraisalService(Database db, AppraisalRepository appraisals, MemberRepository members, StudyService study,
                            NotesService notes, PledgeEvidence pledges, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.appraisals = appraisals;
        this.members = members;
        this.study = study;
        this.notes = notes;
        this.pledges = pledges;
    }

    /** The day an entry is written on, and the day the 民主评议 dialogs suggest: from the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year's round, or a fresh one with the default thresholds (not stored) when none was started. */
    public AppraisalRound round(long branchId, int year) {
        return appraisals.round(db.dsl(), branchId, year).orElse(AppraisalRound.fresh(branchId, year));
    }

    public AppraisalRound saveRound(AppraisalRound round) {
        return saveRound(null, round);
    }

    /**
     * Like {@link #saveRound(AppraisalRound)}, for the 评议设置 dialog that showed {@code loaded} (null: no dialog):
     * when someone else changed (or first stored) the round since, nothing is saved.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed (decision 0025)
     */
    public AppraisalRound saveRound(AppraisalRound loaded, AppraisalRound round) {
        if (round.startedOn() != null && round.endedOn() != null && round.endedOn().isBefore(round.startedOn())) {
            throw UserError.badInput("评议结束日期不能早于开始日期");
        }
        if (round.noticeFrom() != null && round.noticeTo() != null && round.noticeTo().isBefore(round.noticeFrom())) {
            throw UserError.badInput("公示结束日期不能早于开始日期");
        }
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, round.branchId());
            return loaded == null ? appraisals.saveRound(tx, round) : appraisals.updateRound(tx, loaded, round);
        });
    }

    /** The whole round with the evidence of every participant (screens and the 登记表). */
    public AppraisalSheet sheet(long branchId, int year) {
        return sheet(branchId, year, true);
    }

    /**
     * @param withEvidence also gather study hours, essays and pledges (the {@code appraisal} command and the
     *                     public notice do without)
     */
    public AppraisalSheet sheet(long branchId, int year, boolean withEvidence) {
        DSLContext dsl = db.dsl();
        AppraisalRound round = round(branchId, year);
        Map<Long, AppraisalEntry> entries = round.id() == null ? Map.of() : appraisals.entries(dsl, round.id())
                .stream().collect(Collectors.toMap(AppraisalEntry::memberId, Function.identity()));
        Map<Long, MemberHours> hours = withEvidence ? study.hours(branchId, year, false).stream()
                .collect(Collectors.toMap(h -> h.member().id(), Function.identity())) : Map.of();
        Map<Long, MemberNotes> essays = withEvidence ? notes.standings(branchId, year).stream()
                .collect(Collectors.toMap(n -> n.member().id(), Function.identity())) : Map.of();
        Map<Long, PledgeSummary> pledged = withEvidence ? pledges.forYear(branchId, year) : Map.of();
        List<MemberAppraisal> rows = new ArrayList<>();
        for (Member m : members.ofBranch(dsl, branchId)) {
            AppraisalEntry e = entries.get(m.id());
            if (!m.current() && e == null) {
                continue;
            }
            boolean probationary = probationary(m, round.asOf());
            AppraisalEntry entry = e != null ? e : AppraisalEntry.empty(round.id() == null ? 0 : round.id(), m.id());
            MemberHours h = hours.get(m.id());
            MemberNotes n = essays.get(m.id());
            MemberEvidence evidence = withEvidence ? new MemberEvidence(h == null ? null : h.standing(),
                    n == null ? null : n.standing(), pledged.get(m.id())) : MemberEvidence.NONE;
            rows.add(new MemberAppraisal(m, probationary,
                    entry, AppraisalRule.judge(probationary, entry.votes(), entry.mass(), round.thresholds()),
                    evidence));
        }
        List<Rectification> rect = round.id() == null ? List.of() : appraisals.rectifications(dsl, round.id());
        List<FollowUp> follow = round.id() == null ? List.of() : appraisals.followUps(dsl, round.id());
        return new AppraisalSheet(round, rows, rect, follow);
    }

    /** 预备党员 on the round's day: not yet 转正 then (a member who became 正式 later was still 预备). */
    static boolean probationary(Member m, LocalDate asOf) {
        if (m.type() == MemberType.PROBATIONARY) {
            return true;
        }
        return m.fullMemberOn() != null && m.fullMemberOn().firstDay().isAfter(asOf);
    }

    /**
     * Saves one member's record, one action; starts the round if needed, and registers a 整改事项 when the
     * satisfaction is too low and the member has none in this round yet.
     *
     * @throws UserError when a 预备党员 is given a grade, or a grade differing from the suggestion has no reason
     */
    public AppraisalEntry saveEntry(long branchId, int year, AppraisalEntry entry) {
        return saveEntry(branchId, year, null, entry);
    }

    /**
     * Like {@link #saveEntry(long, int, AppraisalEntry)}, for a form that loaded the record as {@code loaded} (null:
     * no form): when someone else changed (or first stored) the member's record since, nothing is saved.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed (decision 0025)
     */
    public AppraisalEntry saveEntry(long branchId, int year, AppraisalEntry loaded, AppraisalEntry entry) {
        return db.transaction(tx -> {
            AppraisalRound round = startedRound(tx, branchId, year);
            Member m = members.ofBranch(tx, branchId).stream().filter(x -> x.id() == entry.memberId()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no member " + entry.memberId()));
            boolean probationary = probationary(m, round.asOf());
            String problem = problem(probationary, entry, round.thresholds());
            if (problem != null) {
                throw UserError.badInput(m.name() + ": " + problem);
            }
            return write(tx, branchId, round, loaded, entry, probationary, membersWithItem(tx, round.id()), today());
        });
    }

    /** Why a record cannot be saved as it is, or null. */
    static String problem(boolean probationary, AppraisalEntry e, AppraisalRule.Thresholds t) {
        if (probationary && e.finalGrade() != null) {
            return "预备党员参加评议但不评定等次";
        }
        AppraisalRule.Judgement j = AppraisalRule.judge(probationary, e.votes(), e.mass(), t);
        if (AppraisalRule.needsReason(j, e.finalGrade()) && (e.reason() == null || e.reason().isBlank())) {
            return "评定等次(" + e.finalGrade().label() + ")与建议等次(" + j.suggestion() + ")不同，须写明理由";
        }
        return null;
    }

    /**
     * Writes a checked record into an existing round and opens its 整改事项 if due.
     *
     * @param withItem members that already have an item in this round; updated here
     */
    AppraisalEntry write(DSLContext tx, long branchId, AppraisalRound round, AppraisalEntry entry,
                         boolean probationary, Set<Long> withItem, LocalDate today) {
        return write(tx, branchId, round, null, entry, probationary, withItem, today);
    }

    private AppraisalEntry write(DSLContext tx, long branchId, AppraisalRound round, AppraisalEntry loaded,
                                 AppraisalEntry entry, boolean probationary, Set<Long> withItem, LocalDate today) {
        AppraisalEntry clean = new AppraisalEntry(entry.id(), round.id(), entry.memberId(),
                blankToNull(entry.selfAssessment()), entry.votes(), entry.mass(), blankToNull(entry.fiveLead()),
                entry.finalGrade(), blankToNull(entry.reason()));
        AppraisalEntry saved = loaded == null ? appraisals.saveEntry(tx, branchId, clean)
                : appraisals.updateEntry(tx, branchId, new AppraisalEntry(loaded.id(), round.id(), loaded.memberId(),
                        blankToNull(loaded.selfAssessment()), loaded.votes(), loaded.mass(),
                        blankToNull(loaded.fiveLead()), loaded.finalGrade(), blankToNull(loaded.reason())), clean);
        AppraisalRule.Judgement j = AppraisalRule.judge(probationary, entry.votes(), entry.mass(), round.thresholds());
        if (j.lowSatisfaction() && withItem.add(entry.memberId())) {
            appraisals.insertRectification(tx, branchId, new Rectification(null, round.id(), entry.memberId(), today,
                    "群众评议满意度 " + entry.mass().satisfactionText() + "，低于 "
                            + round.thresholds().satisfactionMin().text() + "，需深入分析原因、整改提高",
                    null, null));
        }
        return saved;
    }

    /** The round of the year, started (stored with default thresholds) if it was not. */
    AppraisalRound startedRound(DSLContext tx, long branchId, int year) {
        ReceivedData.refuseChanges(tx, branchId); // every write of a member's record, item or follow-up starts here
        return appraisals.round(tx, branchId, year)
                .orElseGet(() -> appraisals.startRound(tx, branchId, year));
    }

    Set<Long> membersWithItem(DSLContext tx, long roundId) {
        Set<Long> out = new HashSet<>();
        appraisals.rectifications(tx, roundId).forEach(r -> out.add(r.memberId()));
        return out;
    }

    /** Registers a 整改事项 by hand (e.g. one the committee sees beyond the satisfaction rule). */
    public Rectification openRectification(long branchId, int year, long memberId, LocalDate on, String issue) {
        if (issue == null || issue.isBlank()) {
            throw UserError.badInput("请写明整改事项");
        }
        return db.transaction(tx -> appraisals.insertRectification(tx, branchId,
                new Rectification(null, startedRound(tx, branchId, year).id(), memberId, on, issue.strip(), null,
                        null)));
    }

    /**
     * 销号: closes the item the dialog showed ({@code item}) with the day and what was done.
     *
     * @throws org.branchledger.core.db.RecordChangedException when someone else closed or changed the item since
     *                                                         (decision 0025); nothing saved
     */
    public void closeRectification(Rectification item, LocalDate on, String note) {
        if (note == null || note.isBlank()) {
            throw UserError.badInput("请写明整改情况");
        }
        if (on == null || on.isBefore(item.openedOn())) {
            throw UserError.badInput("销号日期不能早于登记日期 " + item.openedOn());
        }
        db.transaction(tx -> {
            long branchId = appraisals.branchOfRound(tx, item.roundId());
            ReceivedData.refuseChanges(tx, branchId);
            appraisals.closeRectification(tx, branchId, item, on, note.strip());
            return null;
        });
    }

    /** Records (or replaces) the follow-up of a member graded 不合格. */
    public FollowUp saveFollowUp(long branchId, int year, FollowUp f) {
        return saveFollowUp(branchId, year, null, f);
    }

    /**
     * Like {@link #saveFollowUp(long, int, FollowUp)}, for the 处置 dialog that showed {@code loaded} (null: no
     * dialog; {@link #noFollowUp} when it found none): when someone else changed (or first recorded) the member's
     * follow-up since, nothing is saved.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed (decision 0025)
     */
    public FollowUp saveFollowUp(long branchId, int year, FollowUp loaded, FollowUp f) {
        String problem = problem(f);
        if (problem != null) {
            throw UserError.badInput(problem);
        }
        return db.transaction(tx -> {
            AppraisalRound round = startedRound(tx, branchId, year);
            AppraisalEntry e = appraisals.entry(tx, round.id(), f.memberId()).orElse(null);
            if (e == null || e.finalGrade() != AppraisalGrade.FAILED) {
                throw UserError.badInput("只有评定为不合格的党员需要登记处置");
            }
            FollowUp clean = new FollowUp(f.id(), round.id(), f.memberId(), f.kind(), f.decidedOn(),
                    f.kind() == FollowUpKind.CORRECT ? f.deadline() : null, blankToNull(f.note()));
            return loaded == null ? appraisals.saveFollowUp(tx, branchId, clean)
                    : appraisals.updateFollowUp(tx, branchId, new FollowUp(loaded.id(), round.id(), loaded.memberId(),
                            loaded.kind(), loaded.decidedOn(), loaded.deadline(), blankToNull(loaded.note())), clean);
        });
    }

    /** The follow-up a 处置 dialog shows for a member who has none yet: compared with what is stored when saved. */
    public static FollowUp noFollowUp(long memberId) {
        return new FollowUp(null, 0, memberId, null, null, null, null);
    }

    /** Why a follow-up cannot be saved, or null. */
    static String problem(FollowUp f) {
        if (f.kind() == null || f.decidedOn() == null) {
            return "请选择处置方式并填写决定日期";
        }
        if (f.kind() == FollowUpKind.CORRECT) {
            if (f.deadline() == null) {
                return "限期改正须填写改正期限";
            }
            if (!f.deadline().isAfter(f.decidedOn())) {
                return "改正期限须晚于决定日期";
            }
            if (f.deadline().isAfter(f.decidedOn().plusMonths(CORRECTION_MAX_MONTHS))) {
                return "限期改正的期限最长一年(至 " + f.decidedOn().plusMonths(CORRECTION_MAX_MONTHS) + ")";
            }
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Members by id of the branch (for imports). */
    Map<String, Member> byIdNumber(long branchId) {
        Map<String, Member> out = new HashMap<>();
        members.ofBranch(db.dsl(), branchId).forEach(m -> out.put(m.idNumber(), m));
        return out;
    }

    Database database() {
        return db;
    }

    AppraisalRepository repository() {
        return appraisals;
    }
}
