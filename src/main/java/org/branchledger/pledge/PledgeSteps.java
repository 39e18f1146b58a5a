package org.branchledger.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchledger.core.i18n.Messages;

/**
 * The life of a pledge in one place (DOMAIN.md §4): 承诺 → 审诺 → 示诺 → 践诺 (登记进展) → 述诺 → 评诺 (→ 说明).
 * For a pledge as it stands, may a step happen, and if not, why. {@link PledgeService} refuses what this says no
 * to, the 公开承诺 page greys out a step whose turn has not come or has passed and explains the rest when asked,
 * and {@link PledgeImport} holds a file's recorded steps to {@link #recorded}. Pure: no database, no window.
 *
 * <p>No step depends on today: only on the pledge and on the day the step is dated (a step is never dated before
 * the step it follows). Today matters for the status alone ({@link PledgeStatus#of}).
 */
public final class PledgeSteps {
    private PledgeSteps() {
    }

    /** What can be done to a pledge, named as the page's buttons name it. */
    public enum Step {
        /** 编辑: what the pledge says; its steps are kept. */
        EDIT("pledge.screen.edit"),
        /** 审诺: approved at a branch meeting, before it is shown. */
        APPROVE("pledge.screen.approve"),
        /** 示诺: shown publicly; needs a 完成时限. */
        PUBLISH("pledge.screen.publish"),
        /** 践诺: a dated progress entry, while the pledge is shown and not yet judged. */
        PROGRESS("pledge.screen.progress"),
        /** 述诺: reported on at a meeting. */
        REPORT("pledge.screen.report"),
        /** 评诺: the verdict. */
        EVALUATE("pledge.screen.evaluate"),
        /** 说明: why a pledge was not (fully) kept. */
        EXPLAIN("pledge.screen.explain");

        private final String key;

        Step(String key) {
            this.key = key;
        }

        public String label() {
            return Messages.get(key);
        }
    }

    /** Why a step may not happen. */
    public enum Reason {
        /** 审诺 or 示诺 of a pledge already shown. */
        PUBLISHED(true),
        /** 示诺 or 登记进展 of a pledge already judged. */
        EVALUATED(true),
        /** 登记进展, 述诺 or 评诺 of a pledge not yet shown. */
        NOT_PUBLISHED(true),
        /** 说明 of a pledge not judged, or judged 已兑现. */
        NOTHING_TO_EXPLAIN(true),
        /** 示诺 of a pledge without a 完成时限: its turn has come, the 完成时限 must be written first. */
        NO_DEADLINE(false),
        /** An edit without 承诺内容. */
        NO_CONTENT(false),
        /** An edit whose 类别 is not of its subject's standard (五个好 for the branch, 五带头 for a member). */
        CATEGORY(false),
        /** An edit whose 完成时限 comes before its 承诺日期, or drops the 完成时限 of a pledge already shown. */
        DEADLINE(false),
        /** A step without its date. */
        NO_DATE(false),
        /** A step dated before the step it follows. */
        DATE_BEFORE(false);

        private final boolean outOfTurn;

        Reason(boolean outOfTurn) {
            this.outOfTurn = outOfTurn;
        }

        /** Whether the step's turn has not come or has passed (the page greys it out rather than explain). */
        public boolean outOfTurn() {
            return outOfTurn;
        }
    }

    /** A step refused, with the reason in the words the user reads. */
    public record Refusal(Step step, Reason reason, String message) {
        public boolean outOfTurn() {
            return reason.outOfTurn();
        }
    }

    /** The step a dated step may not come before, and its date: 日期不能早于{step}日期 {date}. */
    public record Earliest(String stepKey, LocalDate on) {
    }

    /** Whether {@code step} may happen to {@code p} now, whatever its date; empty when it may. */
    public static Optional<Refusal> refusal(Pledge p, Step step) {
        return switch (step) {
            case EDIT -> Optional.empty();
            case APPROVE -> notPublished(p, step);
            case PUBLISH -> first(notPublished(p, step), notEvaluated(p, step), p.deadline() == null
                    ? refuse(step, Reason.NO_DEADLINE, Messages.get("pledge.error.noDeadline")) : Optional.empty());
            case PROGRESS -> first(published(p, step), notEvaluated(p, step));
            case REPORT, EVALUATE -> published(p, step);
            case EXPLAIN -> p.verdict() == null || !p.verdict().needsExplanation()
                    ? refuse(step, Reason.NOTHING_TO_EXPLAIN, Messages.get("pledge.error.explainKept"))
                    : Optional.empty();
        };
    }

    /** Whether {@code step}, dated {@code on}, may happen to {@code p}; empty when it may. */
    public static Optional<Refusal> refusal(Pledge p, Step step, LocalDate on) {
        Optional<Refusal> now = refusal(p, step);
        if (now.isPresent() || step == Step.EDIT) {
            return now;
        }
        if (on == null) {
            return refuse(step, Reason.NO_DATE, Messages.get("pledge.error.noDate"));
        }
        Earliest earliest = earliest(p, step);
        if (earliest != null && on.isBefore(earliest.on())) {
            return refuse(step, Reason.DATE_BEFORE, Messages.get("pledge.error.dateBefore",
                    Messages.get(earliest.stepKey()), earliest.on().toString()));
        }
        return Optional.empty();
    }

    /**
     * Whether an edit may write what {@code edited} says (编辑 itself may always happen: the steps are kept).
     *
     * @param stored the pledge as stored, null for a new one
     */
    public static Optional<Refusal> terms(Pledge edited, Pledge stored) {
        if (edited.content() == null || edited.content().isBlank()) {
            return refuse(Step.EDIT, Reason.NO_CONTENT, Messages.get("pledge.error.noContent"));
        }
        if (edited.category() == null || edited.category().forBranch() != edited.ofBranch()) {
            return refuse(Step.EDIT, Reason.CATEGORY, Messages.get(edited.ofBranch() ? "pledge.error.branchCategory"
                    : "pledge.error.memberCategory", PledgeCategory.labels(edited.ofBranch())));
        }
        if (edited.deadline() != null && edited.pledgedOn() != null && edited.deadline().isBefore(edited.pledgedOn())) {
            return refuse(Step.EDIT, Reason.DEADLINE, Messages.get("pledge.error.deadlineBeforePledge"));
        }
        if (stored != null && stored.publishedOn() != null && edited.deadline() == null) {
            return refuse(Step.EDIT, Reason.DEADLINE, Messages.get("pledge.error.publishedNeedsDeadline"));
        }
        return Optional.empty();
    }

    /**
     * Whether the page offers {@code step} for {@code p} (none without a pledge): a step refused only for what
     * the user can still write (示诺 without a 完成时限) is offered, and its reason shown when it is asked for.
     */
    public static boolean offered(Pledge p, Step step) {
        return p != null && refusal(p, step).map(r -> !r.outOfTurn()).orElse(true);
    }

    /**
     * The step that a step dated on some day follows, and its date; null when nothing dated comes before. 示诺
     * follows 审诺 and 承诺, whichever is later (审诺 on a tie); 践诺, 述诺 and 评诺 follow 示诺; 说明 follows 评诺.
     */
    public static Earliest earliest(Pledge p, Step step) {
        return switch (step) {
            case EDIT -> null;
            case APPROVE -> dated("pledge.step.pledged", p.pledgedOn());
            case PUBLISH -> p.approvedOn() != null && (p.pledgedOn() == null || !p.approvedOn().isBefore(p.pledgedOn()))
                    ? dated("pledge.step.approved", p.approvedOn()) : dated("pledge.step.pledged", p.pledgedOn());
            case PROGRESS, REPORT, EVALUATE -> dated("pledge.step.published", p.publishedOn());
            case EXPLAIN -> dated("pledge.step.evaluated", p.evaluatedOn());
        };
    }

    /**
     * What contradicts itself in a pledge's steps as a file records them (one row of {@code import-pledges}):
     * 示诺 dated before 审诺, 述诺 or 评诺 without 示诺, a 说明 of a pledge 已兑现. A blank 评诺结果 in a file says
     * nothing (the stored verdict is kept), so only 已兑现 contradicts a 说明. The other date orders are not held
     * against a file, as they never were: rows accepted so far stay accepted.
     */
    public static List<Refusal> recorded(Pledge p) {
        List<Refusal> out = new ArrayList<>();
        if (p.approvedOn() != null && p.publishedOn() != null && p.publishedOn().isBefore(p.approvedOn())) {
            refuse(Step.PUBLISH, Reason.DATE_BEFORE, Messages.get("pledge.error.dateBefore",
                    Messages.get("pledge.step.approved"), p.approvedOn().toString())).ifPresent(out::add);
        }
        if (p.publishedOn() == null && (p.reportedOn() != null || p.verdict() != null)) {
            published(p, p.reportedOn() != null ? Step.REPORT : Step.EVALUATE).ifPresent(out::add);
        }
        if (p.explanation() != null && p.verdict() != null) {
            refusal(p, Step.EXPLAIN).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Refusal> notPublished(Pledge p, Step step) {
        return p.publishedOn() == null ? Optional.empty() : refuse(step, Reason.PUBLISHED,
                Messages.get("pledge.steps.published", p.publishedOn().toString(), step.label()));
    }

    private static Optional<Refusal> published(Pledge p, Step step) {
        return p.publishedOn() != null ? Optional.empty()
                : refuse(step, Reason.NOT_PUBLISHED, Messages.get("pledge.error.notPublished"));
    }

    private static Optional<Refusal> notEvaluated(Pledge p, Step step) {
        return p.verdict() == null ? Optional.empty() : refuse(step, Reason.EVALUATED,
                Messages.get("pledge.steps.evaluated", p.verdict().label(), step.label()));
    }

    @SafeVarargs
    private static Optional<Refusal> first(Optional<Refusal>... checks) {
        for (Optional<Refusal> c : checks) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(Step step, Reason reason, String message) {
        return Optional.of(new Refusal(step, reason, message));
    }

    private static Earliest dated(String stepKey, LocalDate on) {
        return on == null ? null : new Earliest(stepKey, on);
    }
}
