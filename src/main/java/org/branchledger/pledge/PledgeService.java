package org.branchledger.pledge;

import org.branchledger.branch.ReceivedData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.jooq.DSLContext;

/**
 * Public pledges from promise to verdict (DOMAIN.md §4): writing them, each dated step of their life,
 * progress, leaders' comments and activity records; their status as of "today", read from the app's clock so
 * that 逾期 can be tested.
 */
public final class PledgeService {
    /** A branch with no leader's comment for this many months is flagged (半年一点评). */
    public static final int COMMENT_MONTHS = 6;

    private final Database db;
    private final PledgeRepository pledges;
    private final MemberRepository members;
    private final Clock clock;

    public PledgeService(Database db, PledgeRepository pledges, MemberRepository members, Clock clock) {
        this.db = db;
        this.pledges = pledges;
        this.members = members;
        this.clock = clock;
    }

    /** The day statuses are judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the 公开承诺 screen shows for a branch and year. */
    public record Overview(List<PledgeView> pledges, List<LeaderComment> comments, List<ActivityRecord> activities,
                           Flags flags) {
    }

    /** The two warnings of 首页: no leader's comment in six months, and every overdue open pledge. */
    public record Flags(LocalDate lastComment, boolean commentDue, List<PledgeView> overdue) {
    }

    public Overview overview(long branchId, int year) {
        LocalDate day = today();
        return db.transaction(tx -> new Overview(views(tx, branchId, year, day), pledges.comments(tx, branchId),
                pledges.activities(tx, branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                flags(tx, branchId, day)));
    }

    /** The year's pledges with their status as of today. */
    public List<PledgeView> views(long branchId, int year) {
        return views(branchId, year, today());
    }

    /** The year's pledges with their status as of {@code day}: the branch's first, then by roster order. */
    public List<PledgeView> views(long branchId, int year, LocalDate day) {
        return db.transaction(tx -> views(tx, branchId, year, day));
    }

    private List<PledgeView> views(DSLContext tx, long branchId, int year, LocalDate day) {
        List<Member> roster = members.ofBranch(tx, branchId);
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (Member m : roster) {
            names.put(m.id(), m.name());
            order.put(m.id(), order.size());
        }
        Map<Long, List<PledgeProgress>> progress = pledges.progress(tx, branchId);
        List<PledgeView> out = new ArrayList<>();
        for (Pledge p : pledges.pledges(tx, branchId, year)) {
            out.add(new PledgeView(p, p.memberId() == null ? null : names.getOrDefault(p.memberId(), ""),
                    p.status(day), progress.getOrDefault(p.id(), List.of())));
        }
        out.sort((a, b) -> {
            int oa = a.pledge().memberId() == null ? -1 : order.getOrDefault(a.pledge().memberId(), Integer.MAX_VALUE);
            int ob = b.pledge().memberId() == null ? -1 : order.getOrDefault(b.pledge().memberId(), Integer.MAX_VALUE);
            return oa != ob ? Integer.compare(oa, ob) : 0; // stable: the repository's order within one subject
        });
        return out;
    }

    /**
     * The pledges a 公示表 for {@code notice} shows: those published during it (a notice printed again), and those
     * it publishes, which get their 示诺 on its first day when it is printed ({@link #publishForNotice}): not yet
     * published, with a deadline, made (and approved) by that day. Never a pledge published at another time.
     */
    public List<PledgeView> noticeViews(long branchId, int year, LocalDate noticeFrom, LocalDate noticeTo,
                                        LocalDate day) {
        return views(branchId, year, day).stream()
                .filter(v -> publishedDuring(v.pledge(), noticeFrom, noticeTo) || publishable(v.pledge(), noticeFrom))
                .toList();
    }

    /** The pledges of the year already published, for the record of notices posted (the inspection pack). */
    public List<PledgeView> publishedViews(long branchId, int year, LocalDate day) {
        return views(branchId, year, day).stream().filter(v -> v.pledge().publishedOn() != null).toList();
    }

    /**
     * 示诺 of every pledge a 公示表 starting {@code noticeFrom} publishes (see {@link #noticeViews}), dated that day,
     * inside the caller's transaction (the print record's). Answers how many were published.
     */
    public int publishForNotice(DSLContext tx, long branchId, int year, LocalDate noticeFrom) {
        ReceivedData.refuseChanges(tx, branchId);
        int n = 0;
        for (Pledge p : pledges.pledges(tx, branchId, year)) {
            if (publishable(p, noticeFrom)) {
                pledges.save(tx, p.published(noticeFrom));
                n++;
            }
        }
        return n;
    }

    private static boolean publishedDuring(Pledge p, LocalDate from, LocalDate to) {
        return p.publishedOn() != null && !p.publishedOn().isBefore(from) && !p.publishedOn().isAfter(to);
    }

    /** Not yet published, not judged, with a deadline, made (and approved) by {@code on}: 示诺 may happen that day. */
    private static boolean publishable(Pledge p, LocalDate on) {
        return PledgeSteps.refusal(p, PledgeSteps.Step.PUBLISH, on).isEmpty();
    }

    public Flags flags(long branchId) {
        LocalDate day = today();
        return db.transaction(tx -> flags(tx, branchId, day));
    }

    private Flags flags(DSLContext tx, long branchId, LocalDate day) {
        List<LeaderComment> comments = pledges.comments(tx, branchId);
        LocalDate last = comments.stream().map(LeaderComment::commentedOn).filter(d -> !d.isAfter(day))
                .max(LocalDate::compareTo).orElse(null);
        boolean due = last == null || last.isBefore(day.minusMonths(COMMENT_MONTHS));
        Map<Long, String> names = new HashMap<>();
        members.ofBranch(tx, branchId).forEach(m -> names.put(m.id(), m.name()));
        List<PledgeView> overdue = pledges.overdue(tx, branchId, day).stream()
                .map(p -> new PledgeView(p, p.memberId() == null ? null : names.getOrDefault(p.memberId(), ""),
                        PledgeStatus.OVERDUE, List.of())).toList();
        return new Flags(last, due, overdue);
    }

    /**
     * Each member's pledges of the year by status (only members with pledges), as of today; the year as
     * {@code pledges} assigns it. For the appraisal, as evidence.
     */
    public Map<Long, MemberPledgeResults> memberResults(long branchId, int year) {
        LocalDate day = today();
        return db.transaction(tx -> {
            Map<Long, int[]> counts = new LinkedHashMap<>();
            for (Pledge p : pledges.pledges(tx, branchId, year)) {
                if (p.memberId() == null) {
                    continue;
                }
                counts.computeIfAbsent(p.memberId(), k -> new int[PledgeStatus.values().length])[p.status(day)
                        .ordinal()]++;
            }
            Map<Long, MemberPledgeResults> out = new LinkedHashMap<>();
            counts.forEach((member, c) -> out.put(member, new MemberPledgeResults(
                    java.util.Arrays.stream(c).sum(), c[PledgeStatus.KEPT.ordinal()],
                    c[PledgeStatus.PARTLY_KEPT.ordinal()], c[PledgeStatus.NOT_KEPT.ordinal()],
                    c[PledgeStatus.IN_PROGRESS.ordinal()], c[PledgeStatus.OVERDUE.ordinal()],
                    c[PledgeStatus.UNPUBLISHED.ordinal()])));
            return out;
        });
    }

    public Pledge pledge(long id) {
        return pledges.pledge(db.dsl(), id).orElseThrow(() -> new IllegalArgumentException("no pledge " + id));
    }

    public List<PledgeProgress> progressOf(long pledgeId) {
        return pledges.progressOf(db.dsl(), pledgeId);
    }

    /** Adds a pledge, or changes what an existing one says (its steps are kept). */
    public Pledge save(Pledge p) {
        return save(null, p);
    }

    /**
     * Like {@link #save(Pledge)}, for a form that loaded {@code loaded} (null: a new pledge, or no form): when
     * someone else changed the pledge since, nothing is saved.
     *
     * @throws RecordChangedException naming what the other person changed (decision 0025)
     */
    public Pledge save(Pledge loaded, Pledge p) {
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, p.branchId());
            Pledge stored = p.id() == null ? null : pledges.pledge(tx, p.id()).orElse(null);
            if (p.id() != null && stored == null) {
                if (loaded != null) {
                    throw new RecordChangedException(List.of(), null);
                }
                throw new IllegalArgumentException("no pledge");
            }
            Pledge base = loaded != null ? loaded : stored;
            PledgeSteps.terms(p, base).ifPresent(r -> {
                throw UserError.badInput(r.message());
            });
            if (base == null) {
                return pledges.save(tx, p);
            }
            return pledges.update(tx, base, base.withTerms(p.memberId(), p.category(), p.post(), p.content(),
                    p.measures(), p.responsible(), p.deadline(), p.pledgedOn()));
        });
    }

    /** 审诺: approved at a branch meeting, before it is shown. */
    public Pledge approve(long id, LocalDate on, String meeting) {
        return step(id, null, PledgeSteps.Step.APPROVE, on, p -> p.approved(on, blankToNull(meeting)));
    }

    /**
     * Like {@link #approve(long, LocalDate, String)}, from the dialog opened on {@code loaded}: refused when
     * someone else changed this step's columns since (decision 0025); the same for the other steps below.
     */
    public Pledge approve(Pledge loaded, LocalDate on, String meeting) {
        return step(loaded.id(), loaded, PledgeSteps.Step.APPROVE, on, p -> p.approved(on, blankToNull(meeting)));
    }

    /** 示诺: shown publicly. Refused without a deadline. */
    public Pledge publish(long id, LocalDate on) {
        return step(id, null, PledgeSteps.Step.PUBLISH, on, p -> p.published(on));
    }

    public Pledge publish(Pledge loaded, LocalDate on) {
        return step(loaded.id(), loaded, PledgeSteps.Step.PUBLISH, on, p -> p.published(on));
    }

    /** 履诺: a dated progress entry, while the pledge is shown and not yet judged. */
    public PledgeProgress addProgress(long id, LocalDate on, String note) {
        if (note == null || note.isBlank()) {
            throw UserError.badInput(Messages.get("pledge.error.noText"));
        }
        return db.transaction(tx -> {
            Pledge p = pledges.pledge(tx, id).orElseThrow(() -> new IllegalArgumentException("no pledge " + id));
            ReceivedData.refuseChanges(tx, p.branchId());
            require(p, PledgeSteps.Step.PROGRESS, on);
            return pledges.insertProgress(tx, p.branchId(), new PledgeProgress(null, id, on, note.strip()));
        });
    }

    /** 述诺: reported on at a meeting. */
    public Pledge report(long id, LocalDate on, String text) {
        return report(id, null, on, text);
    }

    public Pledge report(Pledge loaded, LocalDate on, String text) {
        return report(loaded.id(), loaded, on, text);
    }

    private Pledge report(long id, Pledge loaded, LocalDate on, String text) {
        return step(id, loaded, PledgeSteps.Step.REPORT, on, p -> p.reported(on, blankToNull(text)));
    }

    /** 评诺: the verdict, with the evaluators' satisfaction if collected (tenths of a percent). */
    public Pledge evaluate(long id, Verdict verdict, LocalDate on, Integer satisfactionTenths) {
        return evaluate(id, null, verdict, on, satisfactionTenths);
    }

    public Pledge evaluate(Pledge loaded, Verdict verdict, LocalDate on, Integer satisfactionTenths) {
        return evaluate(loaded.id(), loaded, verdict, on, satisfactionTenths);
    }

    private Pledge evaluate(long id, Pledge loaded, Verdict verdict, LocalDate on, Integer satisfactionTenths) {
        if (verdict == null) {
            throw UserError.badInput(Messages.get("pledge.error.noVerdict"));
        }
        if (satisfactionTenths != null && (satisfactionTenths < 0 || satisfactionTenths > 1000)) {
            throw UserError.badInput(Messages.get("pledge.error.satisfaction"));
        }
        return step(id, loaded, PledgeSteps.Step.EVALUATE, on, p -> {
            Pledge out = p.evaluated(verdict, on, satisfactionTenths);
            return verdict.needsExplanation() ? out : out.explained(null, null);
        });
    }

    /** 说明: why a pledge was not (fully) kept, explained publicly. */
    public Pledge explain(long id, LocalDate on, String text) {
        return explain(id, null, on, text);
    }

    public Pledge explain(Pledge loaded, LocalDate on, String text) {
        return explain(loaded.id(), loaded, on, text);
    }

    private Pledge explain(long id, Pledge loaded, LocalDate on, String text) {
        if (text == null || text.isBlank()) {
            throw UserError.badInput(Messages.get("pledge.error.noText"));
        }
        return step(id, loaded, PledgeSteps.Step.EXPLAIN, on, p -> p.explained(on, text.strip()));
    }

    public LeaderComment addComment(long branchId, LocalDate on, String commenter, String comment) {
        if (on == null || commenter == null || commenter.isBlank() || comment == null || comment.isBlank()) {
            throw UserError.badInput(Messages.get("pledge.error.commentIncomplete"));
        }
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            return pledges.insertComment(tx, new LeaderComment(null, branchId, on, commenter.strip(), comment.strip()));
        });
    }

    public ActivityRecord addActivity(ActivityRecord a) {
        if (a.doneOn() == null || a.activity() == null || a.activity().isBlank()) {
            throw UserError.badInput(Messages.get("pledge.error.activityIncomplete"));
        }
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, a.branchId());
            return pledges.insertActivity(tx, new ActivityRecord(null, a.branchId(), a.memberId(), a.doneOn(),
                    a.activity().strip(), blankToNull(a.contribution()), blankToNull(a.effect())));
        });
    }

    public List<LeaderComment> comments(long branchId) {
        return pledges.comments(db.dsl(), branchId);
    }

    public List<ActivityRecord> activities(long branchId, int year) {
        return pledges.activities(db.dsl(), branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * A step on the pledge as it is now. From a dialog ({@code loaded} not null) only the step's own columns are
     * written, and only if they still hold what the dialog loaded: someone else's step in between is named, not
     * overwritten (decision 0025); their edits of other columns are kept.
     */
    private Pledge step(long id, Pledge loaded, PledgeSteps.Step step, LocalDate on,
                        java.util.function.UnaryOperator<Pledge> change) {
        return db.transaction(tx -> {
            Pledge p = pledges.pledge(tx, id).orElse(null);
            if (p == null) {
                if (loaded != null) {
                    throw new RecordChangedException(List.of(), null);
                }
                throw new IllegalArgumentException("no pledge " + id);
            }
            ReceivedData.refuseChanges(tx, p.branchId());
            if (loaded == null) {
                require(p, step, on);
                return pledges.save(tx, change.apply(p));
            }
            Pledge next = pledges.updateStep(tx, loaded, change.apply(p), step); // refused first: theirs is named
            require(p, step, on);
            return next;
        });
    }

    /** Refuses, in the user's words, a step that {@link PledgeSteps} says may not happen. */
    private static void require(Pledge p, PledgeSteps.Step step, LocalDate on) {
        PledgeSteps.refusal(p, step, on).ifPresent(r -> {
            throw UserError.badInput(r.message());
        });
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
